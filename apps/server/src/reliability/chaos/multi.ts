import type { FastifyInstance } from 'fastify';
import { startSandbox, type AccountConfig, type Sandbox } from 'billomat-sandbox';
import { connectDb } from '../../db/connect';
import { usersService } from '../../modules/users/users.service';
import { DEMO_ID } from '../../testing/integration';
import { seedProject, selectionOf, type Fixture } from '../../testing/exports/fixtures';
import { connectionOf } from '../testing/harness';
import { bookingsFor } from './engine';
import { randomFault } from './faults';
import { call, startServer, type HttpAnswer, type ServerProcess } from './instances';
import { checkAll } from './invariants';
import { prng, type Prng } from './prng';

// The multi-instance chaos suite (issue 20): N real server processes (the production entry point) on
// ONE PostgreSQL database and ONE billomat sandbox with fault injection. Each run seeds a fresh small
// data set (its own projects and billomat clients) in the same database; exports, undos and a billing
// run go through different instances at once while the sandbox injects faults and instances are
// SIGKILLed at random moments (and restarted in the background). The processes live across runs, so a
// run costs about a second. After every run: the exports invariants (no duplicate invoice, no booking
// billed without its invoice, no invoice without billed bookings), billomat's quota never exceeded and
// every billing run finished exactly once.

export interface MultiChaosOptions {
  instances: number;
  runs: number;
  seed: number;
  /** postgres://… of an empty database the instances migrate and share. */
  databaseUrl: string;
  /** billomat's quota as the sandbox enforces it and BILLOMAT_QUOTA / _WINDOW tell the instances. */
  quota?: { perWindow: number; windowSec: number };
  /** BILLOMAT_TIMEOUT_MS of the instances (hanging faults hang a little longer). */
  timeoutMs?: number;
  /** BILLING_RUN_LEASE_MS of the instances. */
  leaseMs?: number;
  /** Chance that a run kills an instance (and, with a billing run, sometimes its owner). */
  killChance?: number;
  onRun?: (run: MultiRunReport) => void;
  /** Progress and problems of the processes (stderr of the CLI). */
  log?: (line: string) => void;
}

export interface MultiRunReport {
  run: number;
  steps: string[];
  faults: number;
  kills: number;
  violations: string[];
}

export interface MultiChaosResult {
  runs: number;
  faults: number;
  kills: number;
  /** Runs that planned to kill the owner of their billing run (seeded). */
  ownerKillPlans: number;
  /** Billing runs whose owner was killed while they ran (another instance had to take them over). */
  ownerKills: number;
  /** "billing run taken over" log lines of all instances. */
  takeovers: number;
  /** Runs whose owner was killed and that another instance finished (done, under its own name). */
  takenOver: number;
  billingRuns: number;
  violations: string[];
  reports: MultiRunReport[];
  ms: number;
}

const APP_SECRET = 'chaos-multi-instance-secret-0123456789abcdef';
const CUTOFF = '2026-06-30';
const INVOICE_DATE = '2026-07-01';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Instance {
  proc: ServerProcess;
  /** The billing-run owner id of the current process (learnt when a run starts through it). */
  owner: string | null;
  restarting: Promise<void> | null;
}

export async function runMultiChaos(opts: MultiChaosOptions): Promise<MultiChaosResult> {
  const started = Date.now();
  const rng = prng(opts.seed);
  const log = opts.log ?? (() => undefined);
  const timeoutMs = opts.timeoutMs ?? 300;
  const quota = opts.quota ?? { perWindow: 25, windowSec: 2 };
  const windowMs = quota.windowSec * 1000;
  const killChance = opts.killChance ?? 0.35;
  const account: AccountConfig = {
    billomatId: DEMO_ID,
    apiKey: `chaos-key-${'0123456789abcdef'.repeat(2)}`,
    accountName: 'Chaos GmbH',
    clientCount: 0,
    seed: opts.seed,
    // Both kinds of account: one echoes customfield on create, one needs the extra PUT.
    echoCustomfieldOnCreate: rng.chance(0.5),
    rateLimit: { quota: quota.perWindow, windowMs },
  };
  const sandbox: Sandbox = await startSandbox({ port: 0, accounts: [account] });
  const finishedLines = new Map<number, number>();
  let takeovers = 0;
  const onLine = (line: string) => {
    if (!line.startsWith('{')) return;
    if (line.includes('"billing run finished"')) {
      const runId = Number(/"runId":(\d+)/.exec(line)?.[1]);
      finishedLines.set(runId, (finishedLines.get(runId) ?? 0) + 1);
    } else if (line.includes('"billing run taken over"')) takeovers++;
  };
  const env = {
    DATABASE_URL: opts.databaseUrl,
    APP_SECRET,
    BILLOMAT_BASE_URL: sandbox.baseUrlTemplate,
    LOG_LEVEL: 'info',
    BILLOMAT_QUOTA: String(quota.perWindow),
    BILLOMAT_QUOTA_WINDOW: String(quota.windowSec),
    BILLOMAT_TIMEOUT_MS: String(timeoutMs),
    BILLING_RUN_LEASE_MS: String(opts.leaseMs ?? 600),
  };
  const instances: Instance[] = [];
  const handle = await connectDb({ location: opts.databaseUrl });
  const db = handle.db;
  const reports: MultiRunReport[] = [];
  let ownerKills = 0;
  let ownerKillPlans = 0;
  let takenOver = 0;
  let billingRuns = 0;
  try {
    // The first instance migrates the empty database; the others start on the migrated one.
    const first = await startServer({ name: 'i1', env, onLine });
    instances.push({ proc: first, owner: null, restarting: null });
    const rest = await Promise.all(
      Array.from({ length: opts.instances - 1 }, (_, k) => startServer({ name: `i${k + 2}`, env, onLine })),
    );
    for (const proc of rest) instances.push({ proc, owner: null, restarting: null });
    log(`chaos: ${instances.length} instances up after ${Date.now() - started} ms`);

    const password = 'Chaos-Admin-Passwort-1';
    const admin = await usersService(db).create({
      email: 'admin@chaos.test',
      name: 'Chaos Admin',
      role: 'admin',
      password,
      defaultRateCents: 9000,
    });
    const login = await call(first.url, 'POST', '/api/auth/login', {
      body: { email: 'admin@chaos.test', password },
    });
    if (login.status !== 200 || !login.setCookie) throw new Error(`login failed: ${login.status}`);
    const cookie = login.setCookie.split(';')[0]!;
    const connected = await call(first.url, 'PUT', '/api/integrations/billomat', {
      cookie,
      body: connectionOf(account),
    });
    if (connected.status !== 200) throw new Error(`connect failed: ${connected.status}`);
    // seedProject writes rows directly; it only needs the database of an app.
    const seedApp = { db } as unknown as FastifyInstance;
    const seen = new Set<string>();
    const checkQuota = quotaCheck(sandbox, quota.perWindow, windowMs);

    const alive = () => instances.filter((i) => i.proc.alive);
    const pickAlive = (r: Prng) => r.pick(alive().length > 0 ? alive() : instances);
    const restart = (inst: Instance) => {
      inst.owner = null;
      inst.restarting = inst.proc
        .start()
        .catch((err: unknown) => log(`restart of ${inst.proc.name} failed: ${(err as Error).message}`))
        .finally(() => {
          inst.restarting = null;
        });
    };
    const kill = async (inst: Instance, why: string, ctx: { steps: string[]; kills: number }) => {
      if (!inst.proc.alive || alive().length < 2) return false;
      ctx.kills++;
      ctx.steps.push(`SIGKILL ${inst.proc.name} (${why})`);
      await inst.proc.kill();
      restart(inst);
      return true;
    };
    const send = async (inst: Instance, method: string, url: string, body?: unknown) => {
      try {
        return await call(inst.proc.url, method, url, { cookie, body, timeoutMs: 20_000 });
      } catch {
        // The instance died under the request (or was dead already): the answer is lost.
        return { status: 0, body: null, setCookie: null } satisfies HttpAnswer;
      }
    };

    for (let run = 1; run <= opts.runs; run++) {
      const steps: string[] = [];
      const ctx = { steps, kills: 0 };
      // Let a restarting instance come back before too many are down.
      if (alive().length < 2) await Promise.all(instances.map((i) => i.restarting));
      const t0 = Date.now();
      const f: Fixture = await seedProject(seedApp, sandbox, {
        employeeId: admin.id,
        bookings: bookingsFor(rng, admin.id),
      });
      const billed: Fixture[] = [];
      if (rng.chance(0.5)) {
        for (let k = rng.int(2, 4); k > 0; k--)
          billed.push(
            await seedProject(seedApp, sandbox, {
              employeeId: admin.id,
              bookings: bookingsFor(rng, admin.id),
            }),
          );
      }
      const logStart = sandbox.requestLog.lastSeq;
      for (let k = rng.int(1, 3); k > 0; k--) {
        const spec = randomFault(rng, timeoutMs);
        sandbox.faults.add(spec);
        steps.push(
          `fault ${spec.kind}${spec.kind === 'status' ? ` ${spec.status}` : ''} ${spec.method} ${spec.path} ×${spec.times}`,
        );
      }

      // Every random choice of the run is drawn here, before anything runs concurrently.
      const exportPlans = Array.from({ length: rng.int(1, 3) }, () => ({
        previewVia: pickAlive(rng),
        exportVia: pickAlive(rng),
        delay: rng.int(0, 150),
        subset: rng.next(),
        groupByMonth: rng.chance(0.5),
        complete: rng.chance(0.3),
        undo: rng.chance(0.4) ? { via: pickAlive(rng), delay: rng.int(0, 100) } : null,
      }));
      const runPlan =
        billed.length > 0
          ? { via: pickAlive(rng), delay: rng.int(0, 150), draftsOnly: rng.chance(0.5) }
          : null;
      const killPlan = rng.chance(killChance)
        ? { at: rng.int(0, 500), ownerFirst: rng.chance(0.6), victim: rng.int(0, instances.length - 1) }
        : null;

      let runId: number | null = null;
      const exportTask = async (p: (typeof exportPlans)[number], n: number) => {
        await sleep(p.delay);
        const open = await db
          .selectFrom('bookings')
          .select('id')
          .where('project_id', '=', f.projectId)
          .where('billing_state', '=', 'open')
          .execute();
        if (open.length === 0) return steps.push(`export ${n}: nothing open`);
        const ids = open.map((b) => b.id).filter((_, i) => i === 0 || (p.subset * (i + 3)) % 1 < 0.7);
        const options = {
          selection: selectionOf(ids),
          invoiceDate: INVOICE_DATE,
          groupByMonth: p.groupByMonth,
          groupByTask: true,
          groupByEmployee: false,
          completeInBillomat: p.complete,
          markAsBilled: true,
        };
        const preview = await send(
          p.previewVia,
          'POST',
          `/api/projects/${f.projectId}/export-preview`,
          options,
        );
        if (preview.status !== 200) return steps.push(`export ${n}: preview ${preview.status}`);
        const token = (preview.body as { previewToken: string }).previewToken;
        const res = await send(p.exportVia, 'POST', `/api/projects/${f.projectId}/exports`, {
          ...options,
          previewToken: token,
        });
        steps.push(
          `export ${n} of ${ids.length} (preview ${p.previewVia.proc.name}, export ${p.exportVia.proc.name}): ${res.status}`,
        );
        const id = (res.body as { id?: number } | null)?.id;
        if (res.status === 201 && p.undo && typeof id === 'number') {
          await sleep(p.undo.delay);
          const undone = await send(p.undo.via, 'POST', `/api/exports/${id}/undo`);
          steps.push(`undo ${id} (${p.undo.via.proc.name}): ${undone.status}`);
        }
      };
      const runTask = async () => {
        if (!runPlan) return;
        await sleep(runPlan.delay);
        const res = await send(runPlan.via, 'POST', '/api/billing-runs', {
          cutoffDate: CUTOFF,
          invoiceDate: INVOICE_DATE,
          draftsOnly: runPlan.draftsOnly,
          projectIds: billed.map((b) => b.projectId),
        });
        steps.push(`billing run of ${billed.length} (${runPlan.via.proc.name}): ${res.status}`);
        const id = (res.body as { id?: number } | null)?.id;
        if (res.status === 201 && typeof id === 'number') {
          runId = id;
          billingRuns++;
          const row = await db
            .selectFrom('billing_runs')
            .select('owner')
            .where('id', '=', id)
            .executeTakeFirst();
          if (row?.owner && runPlan.via.proc.alive) runPlan.via.owner = row.owner;
        }
      };
      let killedOwner: string | null = null;
      const killTask = async () => {
        if (!killPlan) return;
        if (killPlan.ownerFirst && runPlan) {
          // The instance that drives the billing run dies while the run is under way.
          ownerKillPlans++;
          for (let i = 0; runId === null && i < 200; i++) await sleep(5);
          await sleep(killPlan.at % 40);
          const row =
            runId === null
              ? undefined
              : await db
                  .selectFrom('billing_runs')
                  .select(['owner', 'status'])
                  .where('id', '=', runId)
                  .executeTakeFirst();
          const owner = instances.find((i) => i.owner !== null && i.owner === row?.owner);
          if (owner && (row?.status === 'running' || row?.status === 'waiting')) {
            if (await kill(owner, `owner of billing run ${runId}`, ctx)) {
              ownerKills++;
              killedOwner = row.owner;
            }
            return;
          }
        } else await sleep(killPlan.at);
        await kill(instances[killPlan.victim]!, 'random', ctx);
      };
      const t1 = Date.now();
      await Promise.all([...exportPlans.map((p, n) => exportTask(p, n + 1)), runTask(), killTask()]);
      const t2 = Date.now();

      const struck = sandbox.requestLog.list({ sinceSeq: logStart }).filter((e) => e.fault);
      sandbox.faults.clear();
      // A delayed request may still be on its way into billomat: let it land before judging the run.
      if (struck.some((e) => e.fault === 'delay')) await sleep(timeoutMs + 250);
      const unsettled = await settle(runId, f.projectId);
      const t3 = Date.now();
      const violations: string[] = [];
      if (unsettled) violations.push(unsettled);
      violations.push(...checkQuota());
      if (runId !== null && killedOwner !== null) {
        // Another instance must have taken the run over and ended it.
        const row = await db
          .selectFrom('billing_runs')
          .select(['owner', 'status'])
          .where('id', '=', runId)
          .executeTakeFirst();
        // (Still owned by the dead one: it had ended the run just before the SIGKILL.)
        if (row?.status !== 'done')
          violations.push(`billing run ${runId} ${row?.status} after its owner died`);
        else if (row.owner !== killedOwner) takenOver++;
      }
      if (runId !== null) {
        // The log line travels through the process's stdout pipe: give it a moment to arrive.
        for (let i = 0; i < 40 && !finishedLines.has(runId); i++) await sleep(25);
        const lines = finishedLines.get(runId) ?? 0;
        // A SIGKILL may fall between the run's last write and its log line; never two lines.
        if (lines > 1 || (lines === 0 && ctx.kills === 0))
          violations.push(`billing run ${runId} logged "finished" ${lines} times`);
      }
      for (const v of await checkAll(db, sandbox, account.billomatId)) {
        if (seen.has(v)) continue;
        seen.add(v);
        violations.push(v);
      }
      steps.push(`(ms: seed ${t1 - t0}, moves ${t2 - t1}, settle ${t3 - t2}, checks ${Date.now() - t3})`);
      const report = { run, steps, faults: struck.length, kills: ctx.kills, violations };
      reports.push(report);
      opts.onRun?.(report);
    }

    /**
     * Until the run's exports are decided and its billing run has ended: an unclear export is looked
     * at again through a live instance (the user's "Erneut versuchen", which reconciles first); the
     * billing run settles its own items. Returns a violation when that does not happen in time.
     */
    async function settle(runId: number | null, projectId: number): Promise<string | null> {
      const until = Date.now() + 20_000 + 3 * timeoutMs;
      for (;;) {
        // By project: an export whose answer was cut (its instance died) is known by its row only.
        const pending = await db
          .selectFrom('exports')
          .select('id')
          .where('project_id', '=', projectId)
          .where('status', '=', 'pending')
          .execute();
        // An undo whose answer was lost stays remembered on a created export; every instance's sweep
        // finishes it within a minute — here the user clicks "Rückgängig" again instead of waiting.
        const undos = await db
          .selectFrom('exports')
          .select('id')
          .where('project_id', '=', projectId)
          .where('status', '=', 'created')
          .where('undo_requested_at', 'is not', null)
          .execute();
        const run =
          runId === null
            ? null
            : await db
                .selectFrom('billing_runs')
                .select(['status'])
                .where('id', '=', runId)
                .executeTakeFirst();
        const runOpen = run ? run.status === 'running' || run.status === 'waiting' : false;
        if (pending.length === 0 && undos.length === 0 && !runOpen) return null;
        if (Date.now() > until)
          return `not settled: exports ${pending.map((p) => p.id).join(',') || '-'} pending, undos ${undos.map((u) => u.id).join(',') || '-'} open, billing run ${runId ?? '-'} ${run?.status ?? '-'}`;
        const via = alive()[0];
        for (const p of pending) if (via) await send(via, 'POST', `/api/exports/${p.id}/retry`);
        for (const u of undos) if (via) await send(via, 'POST', `/api/exports/${u.id}/undo`);
        await sleep(100);
      }
    }
  } finally {
    await Promise.all(instances.map((i) => i.restarting));
    await Promise.all(instances.map((i) => i.proc.stop()));
    await sandbox.close();
    await db.destroy();
  }
  return {
    runs: reports.length,
    faults: reports.reduce((s, r) => s + r.faults, 0),
    kills: reports.reduce((s, r) => s + r.kills, 0),
    ownerKillPlans,
    ownerKills,
    takeovers,
    takenOver,
    billingRuns,
    violations: reports.flatMap((r) => r.violations.map((v) => `run ${r.run}: ${v}`)),
    reports,
    ms: Date.now() - started,
  };
}

/**
 * billomat's side of the quota: no request was refused for the quota (an injected 429 carries a
 * fault), and no window of the sandbox counted more than the quota. Windows span runs, so the counts
 * live across them (only the last few windows are kept).
 */
function quotaCheck(sandbox: Sandbox, perWindow: number, windowMs: number) {
  const counts = new Map<number, number>();
  const reported = new Set<number>();
  let lastSeq = sandbox.requestLog.lastSeq;
  return (): string[] => {
    const out: string[] = [];
    const entries = sandbox.requestLog.list({ sinceSeq: lastSeq });
    lastSeq = entries.at(-1)?.seq ?? lastSeq;
    const refused = entries.filter((e) => e.status === 429 && !e.fault);
    if (refused.length > 0) out.push(`billomat refused ${refused.length} requests for the quota`);
    for (const e of entries) {
      if (e.status === 429 && !e.fault) continue;
      const w = Math.floor(Date.parse(e.time) / windowMs);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const newest = Math.max(0, ...counts.keys());
    for (const [w, n] of counts) {
      if (w < newest - 10) counts.delete(w);
      else if (n > perWindow && !reported.has(w)) {
        reported.add(w);
        out.push(`${n} requests in billomat's window ${w} (quota ${perWindow})`);
      }
    }
    return out;
  };
}
