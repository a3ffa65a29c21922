import type { LightMyRequestResponse } from 'fastify';
import { reconcilePending } from '../../modules/exports/reconcile';
import { exportRuntime } from '../../modules/exports/runtime';
import { seedProject, type BookingSpec, type Fixture } from '../../modules/exports/testing/fixtures';
import { reliabilityHarness, type ReliabilityHarness } from '../support/harness';
import { randomFault } from './faults';
import { checkAll } from './invariants';
import { prng, type Prng } from './prng';

export interface ChaosOptions {
  runs: number;
  seed: number;
  /** A fresh sandbox and database every so many runs keeps each check small. */
  runsPerWorld?: number;
  timeoutMs?: number;
  /**
   * Model a user who sees a failed undo and clicks it again before the check. Off by default: the
   * strict run shows that nothing in the product itself repairs an undo whose answer was lost.
   */
  retryFailedUndo?: boolean;
  onRun?: (run: RunReport) => void;
}

export interface RunReport {
  run: number;
  steps: string[];
  faults: number;
  violations: string[];
}

export interface ChaosResult {
  runs: number;
  faults: number;
  violations: string[];
  reports: RunReport[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Ctx {
  h: ReliabilityHarness;
  rng: Prng;
  f: Fixture;
  steps: string[];
  /** Crashes and kills: process deaths injected by us rather than by the sandbox. */
  deaths: number;
  timeoutMs: number;
  /** Undos that ended in an error (the user was told to try again). */
  failedUndos: number[];
}

async function rowsOf(ctx: Ctx) {
  const { db } = ctx.h.app;
  const bookings = await db
    .selectFrom('bookings')
    .select(['id', 'billing_state'])
    .where('project_id', '=', ctx.f.projectId)
    .execute();
  const exports = await db
    .selectFrom('exports')
    .select(['id', 'status'])
    .where('project_id', '=', ctx.f.projectId)
    .execute();
  return { bookings, exports };
}

function maybeFault(ctx: Ctx, p = 0.6) {
  if (!ctx.rng.chance(p)) return;
  const spec = randomFault(ctx.rng, ctx.timeoutMs);
  ctx.h.sandbox.faults.add(spec);
  ctx.steps.push(
    `  fault ${spec.kind}${spec.kind === 'status' ? ` ${spec.status}` : ''} ${spec.method} ${spec.path} ×${spec.times}`,
  );
}

/** Preview, then export; optionally dying between billomat's answer and our write, or mid-request. */
async function exportStep(ctx: Ctx, death: 'none' | 'crash' | 'kill') {
  const { h, rng, f } = ctx;
  const open = (await rowsOf(ctx)).bookings.filter((b) => b.billing_state === 'open').map((b) => b.id);
  if (open.length === 0) return ctx.steps.push('export: nothing open');
  const options = {
    bookingIds: rng.subset(open),
    invoiceDate: '2026-07-01',
    groupByMonth: rng.chance(0.5),
    groupByTask: rng.chance(0.5),
    groupByEmployee: rng.chance(0.2),
    rounding: rng.pick([0, 0, 15]),
    completeInBillomat: rng.chance(0.3),
    markAsBilled: true,
  };
  const preview = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, options);
  if (preview.statusCode !== 200) return ctx.steps.push(`export: preview ${preview.statusCode}`);
  const body = { ...options, previewToken: preview.json().previewToken };
  maybeFault(ctx);
  const label = `export ${options.bookingIds.length} bookings${death === 'none' ? '' : ` (${death})`}`;
  if (death === 'kill') {
    // The request runs; the process dies after a random moment, wherever it is.
    const inFlight = h.send('POST', `/api/projects/${f.projectId}/exports`, body).catch(() => null);
    await sleep(rng.int(0, 25));
    ctx.deaths++;
    await h.kill();
    void inFlight;
    return ctx.steps.push(`${label}: killed`);
  }
  let crashed = false;
  if (death === 'crash') {
    exportRuntime(h.app.db).hooks.afterInvoiceCreated = () => {
      crashed = true;
      throw new Error('chaos: the process dies between billomat’s answer and our write');
    };
  }
  const res = await h.send('POST', `/api/projects/${f.projectId}/exports`, body);
  exportRuntime(h.app.db).hooks.afterInvoiceCreated = undefined;
  ctx.steps.push(`${label}: ${res.statusCode}${crashed ? ' crashed' : ''}`);
  if (crashed) {
    ctx.deaths++;
    await h.kill();
  }
}

async function onExport(ctx: Ctx, statuses: string[], action: 'undo' | 'retry') {
  const candidates = (await rowsOf(ctx)).exports.filter((e) => statuses.includes(e.status));
  if (candidates.length === 0) return ctx.steps.push(`${action}: nothing to do`);
  const e = ctx.rng.pick(candidates);
  maybeFault(ctx);
  const res = await ctx.h.send('POST', `/api/exports/${e.id}/${action}`);
  ctx.steps.push(`${action} ${e.id} (${e.status}): ${res.statusCode}`);
  if (action === 'undo' && res.statusCode >= 500) ctx.failedUndos.push(e.id);
}

async function importStep(ctx: Ctx) {
  maybeFault(ctx, 0.4);
  const res = await ctx.h.send('POST', '/api/customers/import');
  let s: LightMyRequestResponse | undefined;
  for (let i = 0; i < 200; i++) {
    s = await ctx.h.get('/api/customers/import/status');
    if (!s.json().running) break;
    await sleep(5);
  }
  ctx.steps.push(`import: ${res.statusCode}, ${s?.json().lastRun?.status ?? '?'}`);
}

async function editStep(ctx: Ctx) {
  const open = (await rowsOf(ctx)).bookings.filter((b) => b.billing_state === 'open');
  if (open.length === 0) return ctx.steps.push('edit: nothing open');
  const b = ctx.rng.pick(open);
  const res = await ctx.h.send('PATCH', `/api/bookings/${b.id}`, { minutes: ctx.rng.int(15, 480) });
  ctx.steps.push(`edit booking ${b.id}: ${res.statusCode}`);
}

function bookingsFor(rng: Prng, employeeId: number): BookingSpec[] {
  return Array.from({ length: rng.int(2, 7) }, () => ({
    date: `2026-06-${String(rng.int(1, 30)).padStart(2, '0')}`,
    minutes: rng.int(1, 48) * 10,
    task: rng.pick([0, 1] as const),
    rateCents: rng.pick([9500, 9500, 12000]),
    employeeId,
    comment: rng.chance(0.3) ? 'Abstimmung' : '',
  }));
}

/** Reconciles until nothing is pending (the faults are gone by now; a busy machine may need a second look). */
async function settle(h: ReliabilityHarness) {
  for (let i = 0; i < 5; i++) {
    await reconcilePending(h.app);
    const pending = await h.app.db
      .selectFrom('exports')
      .select('id')
      .where('status', '=', 'pending')
      .execute();
    if (pending.length === 0) return;
    await sleep(50);
  }
}

/**
 * One run: a fresh project with a few bookings, then a random sequence of exports (some dying at the
 * worst moment), undos, retries, imports, booking edits and restarts, with sandbox faults injected
 * at random calls; then the reconciler, then the invariants.
 */
async function oneRun(
  h: ReliabilityHarness,
  rng: Prng,
  run: number,
  opts: { timeoutMs: number; retryFailedUndo: boolean },
  seen: Set<string>,
) {
  const { timeoutMs } = opts;
  const employee = h.admin;
  const f = await seedProject(h.app, h.sandbox, {
    employeeId: employee.id,
    bookings: bookingsFor(rng, employee.id),
  });
  const ctx: Ctx = { h, rng, f, steps: [], deaths: 0, timeoutMs, failedUndos: [] };
  const logStart = h.sandbox.requestLog.lastSeq;
  const steps = rng.int(4, 9);
  for (let i = 0; i < steps; i++) {
    const r = rng.next();
    if (r < 0.3) await exportStep(ctx, 'none');
    else if (r < 0.4) await exportStep(ctx, 'crash');
    else if (r < 0.47) await exportStep(ctx, 'kill');
    else if (r < 0.62) await onExport(ctx, ['created'], 'undo');
    else if (r < 0.75) await onExport(ctx, ['failed', 'pending'], 'retry');
    else if (r < 0.82) await importStep(ctx);
    else if (r < 0.9) await editStep(ctx);
    else {
      ctx.steps.push('restart');
      await h.restart();
    }
  }
  const fired = h.sandbox.requestLog.list({ sinceSeq: logStart }).filter((e) => e.fault).length;
  h.sandbox.faults.clear();
  if (opts.retryFailedUndo) {
    for (const id of ctx.failedUndos) await h.send('POST', `/api/exports/${id}/undo`);
  }
  await settle(h);
  const violations = (await checkAll(h.app.db, h.sandbox, h.account.billomatId)).filter((x) => !seen.has(x));
  for (const x of violations) seen.add(x);
  if (violations.length > 0) {
    // What a developer needs to replay the story: our exports of this run and billomat's invoices.
    const exps = await h.app.db
      .selectFrom('exports')
      .select(['id', 'status', 'reference', 'billomat_invoice_id', 'total_net_cents', 'error'])
      .where('project_id', '=', f.projectId)
      .execute();
    for (const e of exps) ctx.steps.push(`  db: ${JSON.stringify(e)}`);
    for (const { invoice } of h.sandbox.control.invoices(h.account.billomatId)) {
      if (Number(invoice.client_id) !== f.clientId) continue;
      const { id, status, customfield, date, label, total_net: net } = invoice;
      ctx.steps.push(`  billomat: ${JSON.stringify({ id, status, customfield, date, label, net })}`);
    }
  }
  return { run, steps: ctx.steps, faults: fired + ctx.deaths, violations };
}

export async function runChaos(opts: ChaosOptions): Promise<ChaosResult> {
  const rng = prng(opts.seed);
  const timeoutMs = opts.timeoutMs ?? 250;
  const perWorld = opts.runsPerWorld ?? 40;
  const reports: RunReport[] = [];
  let h: ReliabilityHarness | null = null;
  let seen = new Set<string>();
  try {
    for (let run = 1; run <= opts.runs; run++) {
      if (!h || (run - 1) % perWorld === 0) {
        await h?.close();
        seen = new Set();
        h = await reliabilityHarness({
          account: {
            clientCount: 3,
            // Both kinds of account: one echoes customfield on create, one needs the extra PUT.
            echoCustomfieldOnCreate: rng.chance(0.5),
            rateLimit: { quota: 1_000_000 },
          },
          tuning: { timeoutMs, maxRetries: 0, maxRateLimitWaitMs: 0 },
        });
      }
      const report = await oneRun(
        h,
        rng,
        run,
        { timeoutMs, retryFailedUndo: opts.retryFailedUndo ?? false },
        seen,
      );
      reports.push(report);
      opts.onRun?.(report);
    }
  } finally {
    await h?.close();
  }
  return {
    runs: reports.length,
    faults: reports.reduce((s, r) => s + r.faults, 0),
    violations: reports.flatMap((r) => r.violations.map((v) => `run ${r.run}: ${v}`)),
    reports,
  };
}
