import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { BillomatClient } from '@plainstaff/billomat';
import type { CustomerImportEventName, CustomerImportRun } from '@plainstaff/contracts/customer-import';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { readMessage, storeMessage } from '../../lib/stored-message';
import { toBillomatAppError } from '../../plugins/billomat';
import { importRunsRepository, type RunRow } from './customer-import.repository';
import { runImport } from './customer-import.runner';

export type ImportListener = (event: CustomerImportEventName, run: CustomerImportRun) => void;

export interface ImporterDeps {
  db: Kysely<Database>;
  /** A client for the saved connection; throws BILLOMAT_NOT_CONNECTED when there is none. */
  client: () => Promise<BillomatClient>;
  log: FastifyBaseLogger;
  /** The DB lock expires this long after the last page (frees the lock of a crashed instance). */
  lockTtlMs?: number;
}

interface ActiveImport {
  run: CustomerImportRun | null;
  listeners: Set<ImportListener>;
  started: Promise<CustomerImportRun>;
  finished: Promise<CustomerImportRun | null>;
}

export function toRun(row: RunRow): CustomerImportRun {
  return {
    id: row.id,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    pagesDone: row.pages_done,
    pagesTotal: row.pages_total,
    summary: {
      created: row.created,
      updated: row.updated,
      unchanged: row.unchanged,
      linked: row.linked,
      missing: row.missing,
      archived: row.archived,
      relinkable: row.relinkable,
      relinked: row.relinked,
    },
    billomatAccount: row.billomat_account,
    error: row.error_code ? readMessage(row.error_message ?? '', row.error_code) : null,
  };
}

/**
 * One import at a time: in this process a second start joins the running import (single flight);
 * across instances the lock row decides and the loser gets CUSTOMER_IMPORT_RUNNING.
 */
export function customerImporter(deps: ImporterDeps) {
  const { db, log } = deps;
  const ttl = deps.lockTtlMs ?? 5 * 60_000;
  const holder = randomUUID();
  const runs = importRunsRepository(db);
  let active: ActiveImport | null = null;

  const iso = (ms = Date.now()) => new Date(ms).toISOString();

  function publish(a: ActiveImport, event: CustomerImportEventName, run: CustomerImportRun) {
    a.run = run;
    for (const listener of a.listeners) listener(event, run);
  }

  async function begin(userId: number | null): Promise<{ client: BillomatClient; row: RunRow }> {
    const client = await deps.client();
    const now = Date.now();
    if (!(await runs.acquireLock(holder, iso(now), iso(now + ttl))))
      throw new AppError('CUSTOMER_IMPORT_RUNNING');
    try {
      await runs.abandonRunning(storeMessage(new AppError('CUSTOMER_IMPORT_ABORTED').ref)!, iso(now));
      const row = await runs.insert({
        status: 'running',
        started_by: userId,
        started_at: iso(now),
        billomat_account: client.billomatId,
      });
      await runs.extendLock(holder, iso(now + ttl), row.id);
      return { client, row };
    } catch (err) {
      await runs.releaseLock(holder);
      throw err;
    }
  }

  async function execute(a: ActiveImport, client: BillomatClient, row: RunRow): Promise<CustomerImportRun> {
    let run = toRun(row);
    try {
      const summary = await runImport(db, client, row.id, async ({ pagesDone, pagesTotal, summary }) => {
        await runs.update(row.id, { pages_done: pagesDone, pages_total: pagesTotal, ...summary });
        await runs.extendLock(holder, iso(Date.now() + ttl));
        run = { ...run, pagesDone, pagesTotal, summary };
        publish(a, 'progress', run);
      });
      const finishedAt = iso();
      await runs.update(row.id, { status: 'completed', finished_at: finishedAt, ...summary });
      run = { ...run, status: 'completed', finishedAt, summary };
      log.info({ runId: row.id, summary }, 'customer import completed');
      publish(a, 'completed', run);
    } catch (err) {
      const mapped = toBillomatAppError(err);
      const appError = mapped instanceof AppError ? mapped : new AppError('INTERNAL');
      if (appError.code === 'INTERNAL') log.error({ err, runId: row.id }, 'customer import failed');
      else log.warn({ err, runId: row.id }, 'customer import failed');
      const finishedAt = iso();
      const error = { ...appError.ref, message: appError.message };
      await runs
        .update(row.id, {
          status: 'failed',
          finished_at: finishedAt,
          error_code: error.code,
          error_message: storeMessage(error),
        })
        .catch((e: unknown) => log.error({ err: e }, 'could not record the failed customer import'));
      run = { ...run, status: 'failed', finishedAt, error };
      publish(a, 'failed', run);
    } finally {
      await runs
        .releaseLock(holder)
        .catch((e: unknown) => log.error({ err: e }, 'could not release the import lock'));
    }
    return run;
  }

  function startOrJoin(
    userId: number | null,
  ): Promise<{ run: CustomerImportRun; joined: boolean; a: ActiveImport }> {
    const current = active;
    if (current)
      return current.started.then((run) => ({ run: current.run ?? run, joined: true, a: current }));
    const began = begin(userId);
    const a: ActiveImport = {
      run: null,
      listeners: new Set(),
      started: began.then(({ row }) => {
        a.run ??= toRun(row);
        return a.run;
      }),
      finished: began.then(
        ({ client, row }) => execute(a, client, row),
        () => null,
      ),
    };
    active = a;
    void a.finished.finally(() => {
      if (active === a) active = null;
    });
    return a.started.then((run) => ({ run, joined: false, a }));
  }

  return {
    /** Starts an import, or joins the one running in this process. Rejects before anything runs. */
    async start(userId: number | null): Promise<{ run: CustomerImportRun; joined: boolean }> {
      const { run, joined } = await startOrJoin(userId);
      return { run, joined };
    },
    /** The run of this process's import, and a way to follow it; null when none is running here. */
    current(): {
      run: CustomerImportRun;
      subscribe: (l: ImportListener) => () => void;
      finished: Promise<unknown>;
    } | null {
      const a = active;
      if (!a?.run) return null;
      return {
        run: a.run,
        finished: a.finished,
        subscribe(listener) {
          a.listeners.add(listener);
          return () => a.listeners.delete(listener);
        },
      };
    },
    async find(id: number): Promise<CustomerImportRun | null> {
      const row = await runs.find(id);
      return row ? toRun(row) : null;
    },
    async latest(): Promise<CustomerImportRun | null> {
      const row = await runs.latest();
      return row ? toRun(row) : null;
    },
    /** Running here, or (another instance) the lock is held and not expired. */
    async running(): Promise<boolean> {
      if (active) return true;
      const lock = await runs.lock();
      return Boolean(lock?.holder && lock.expires_at && lock.expires_at > iso());
    },
    /** Starts (or joins) and waits for the end: demo seeding and tests. */
    async runToEnd(userId: number | null = null): Promise<CustomerImportRun> {
      const { run, a } = await startOrJoin(userId);
      return (await a.finished) ?? run;
    },
  };
}

export type CustomerImporter = ReturnType<typeof customerImporter>;
