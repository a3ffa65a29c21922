import { seedProject, type BookingSpec } from '../../testing/exports/fixtures';
import { reliabilityHarness, type ReliabilityHarness } from '../testing/harness';
import { checkAll } from './invariants';
import { prng, type Prng } from './prng';
import { editStep, exportStep, importStep, onExport, sleep, type Ctx } from './steps';
import { freshBillomatWindow } from '../../testing/quota';

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

export function bookingsFor(rng: Prng, employeeId: number): BookingSpec[] {
  return Array.from({ length: rng.int(2, 7) }, () => ({
    date: `2026-06-${String(rng.int(1, 30)).padStart(2, '0')}`,
    minutes: rng.int(1, 48) * 10,
    task: rng.pick([0, 1] as const),
    rateCents: rng.pick([9500, 9500, 12000]),
    employeeId,
    comment: rng.chance(0.3) ? 'Abstimmung' : '',
  }));
}

/**
 * Reconciles until nothing is pending. The faults are gone by now, but "not found" after an unclear
 * POST is only believed once the grace (the client timeout) has passed, so this may take a few looks.
 */
async function settle(h: ReliabilityHarness) {
  // A 429 of the run paused every request until billomat's window ends; the looks come after it.
  await freshBillomatWindow(h.app, h.sandbox);
  for (let i = 0; i < 12; i++) {
    await h.app.exports.reconcilePending();
    const pending = await h.app.db
      .selectFrom('exports')
      .select('id')
      .where('status', '=', 'pending')
      .execute();
    if (pending.length === 0) return;
    await sleep(100);
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
  const struck = h.sandbox.requestLog.list({ sinceSeq: logStart }).filter((e) => e.fault);
  const fired = struck.length;
  h.sandbox.faults.clear();
  // A delayed request may still be on its way into billomat: let it land before judging this run, so
  // its effect is counted here and not in the next run.
  if (struck.some((e) => e.fault === 'delay')) await sleep(timeoutMs + 250);
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
