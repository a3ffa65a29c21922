import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Invoice } from '@plainstaff/billomat';
import type { Database } from '../../../db/database';
import type { BillomatApi, ClientTuning } from '../../../plugins/billomat';

export interface ExportHooks {
  /**
   * Runs between billomat's answer to the POST and our first database write. Tests throw here to
   * simulate the process dying at the worst moment; the error propagates and nothing is written.
   */
  afterInvoiceCreated?: (ctx: { exportId: number; invoice: Invoice }) => void | Promise<void>;
}

/** The exports module's process-local state: one per app instance, owned by the exports plugin. */
export interface ExportRuntime {
  hooks: ExportHooks;
  /** Client tuning for exports; tests shorten the timeout so hanging faults end quickly. */
  tuning: ClientTuning;
  /** One protocol run per export at a time within this process (reconciler, retry, export). */
  inFlight: Map<number, Promise<unknown>>;
  /**
   * How long after an unclear POST (or a claim whose process died) "not found in billomat" is not
   * yet believed: billomat may still be processing a request we stopped waiting for, or that a dead
   * process sent. Default: twice the client timeout (one for our wait, one more for billomat's) plus
   * the longest wait for a rate-limit window before the POST leaves (another instance, looking at
   * the same export, must not judge it while its owner still waits to send).
   */
  notFoundGraceMs?: number;
}

/** What every step of the protocol works with: the database, billomat, the log and the runtime. */
export interface ExportCtx {
  db: Kysely<Database>;
  billomat: BillomatApi;
  log: FastifyBaseLogger;
  rt: ExportRuntime;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** `timeoutMs`: the configured billomat request timeout (BILLOMAT_TIMEOUT_MS); the grace follows it. */
export function createExportRuntime(timeoutMs = DEFAULT_TIMEOUT_MS): ExportRuntime {
  const rt: ExportRuntime = {
    hooks: {},
    // A user waits for the export: give up on a far rate-limit window instead of sleeping through it
    // (5 s, and never longer than one timeout: the grace below grows with it).
    tuning: { maxRateLimitWaitMs: Math.min(5_000, timeoutMs), timeoutMs },
    inFlight: new Map(),
  };
  return rt;
}

/** Whether a pending export's last attempt is recent enough that billomat may still create its invoice. */
export function withinNotFoundGrace(rt: ExportRuntime, lastAttemptIso: string, now = Date.now()): boolean {
  const grace =
    rt.notFoundGraceMs ??
    2 * (rt.tuning.timeoutMs ?? DEFAULT_TIMEOUT_MS) + (rt.tuning.maxRateLimitWaitMs ?? 0);
  return now - Date.parse(lastAttemptIso) < grace;
}

/** Joins a run already in progress for the same export instead of starting a second one. */
export async function singleFlight<T>(
  rt: ExportRuntime,
  exportId: number,
  run: () => Promise<T>,
): Promise<T> {
  const running = rt.inFlight.get(exportId);
  if (running) {
    await running.catch(() => undefined);
    return singleFlight(rt, exportId, run);
  }
  const promise = run();
  rt.inFlight.set(exportId, promise);
  try {
    return await promise;
  } finally {
    if (rt.inFlight.get(exportId) === promise) rt.inFlight.delete(exportId);
  }
}
