import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import { explain, recordSql, type Plan } from './lib/explain';
import { exists } from './lib/paths';
import { seedLarge, type SeededDb } from './lib/seed';
import { BENCH_SECRET, ok, openDb, openServer, type BenchServer } from './lib/server';
import { median, percentile, round, sample, type Samples } from './lib/stats';
import type { Benchmark, BenchContext, BenchRow } from './lib/types';
import { notAvailable, part } from './lib/types';
import { naiveCandidates, naiveOverview, naivePreview } from './server-baselines';

// Server: the export grid's filter (GET export-candidates), group + preview (POST export-preview) over
// a project with 100,000 bookings, and GET /api/overview — p50/p95 over 20 runs through app.inject()
// on a SQLite file seeded by the server's own seed functions. Baselines: see server-baselines.ts.

export const FOCUS_BOOKINGS = 100_000;
const OTHER_BOOKINGS = 10_000;
const RUNS = 20;
const BASELINE_RUNS = 3;

export const largeDb = (ctx: BenchContext): Promise<SeededDb> =>
  ctx.shared('large-db', async (dir) => {
    const t0 = performance.now();
    const seeded = await seedLarge(path.join(dir, 'bench.sqlite'), FOCUS_BOOKINGS, OTHER_BOOKINGS);
    ctx.log(`seeded ${seeded.totalBookings} bookings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return seeded;
  });

export const previewOptions = (bookingIds: number[]) => ({
  bookingIds,
  invoiceDate: new Date().toISOString().slice(0, 10),
  groupByMonth: true,
  groupByTask: true,
  groupByEmployee: false,
});

interface Candidates {
  items: { id: number }[];
}
interface Preview {
  lines: unknown[];
}

function timingRows(
  bench: string,
  what: string,
  ours: Samples,
  baseline: Samples,
  target: number | null,
): BenchRow[] {
  const wall50 = round(median(ours.wall));
  const cpu50 = round(median(ours.cpu));
  const goal = target === null ? 'info' : `p50 ≤ ${target} ms`;
  const met = (v: number) => (target === null ? null : v <= target);
  return [
    {
      benchmark: bench,
      metric: `${what} p50 wall (${ours.wall.length} runs; baseline ${baseline.wall.length})`,
      unit: 'ms',
      baseline: round(median(baseline.wall)),
      ours: wall50,
      target: goal,
      met: met(wall50),
    },
    {
      benchmark: bench,
      metric: `${what} p95 wall`,
      unit: 'ms',
      baseline: round(percentile(baseline.wall, 95)),
      ours: round(percentile(ours.wall, 95)),
      target: 'info',
      met: null,
    },
    {
      benchmark: bench,
      metric: `${what} p50 CPU time (≈ idle-machine latency)`,
      unit: 'ms',
      baseline: round(median(baseline.cpu)),
      ours: cpu50,
      target: goal,
      met: met(cpu50),
    },
  ];
}

function planRow(bench: string, title: string, plans: Plan[]): BenchRow {
  const scans = plans.filter((p) => p.fullScans.length > 0);
  return {
    benchmark: bench,
    metric: `${title}: SQL statements with a table scan without index (of ${plans.length})`,
    unit: '',
    baseline: null,
    ours: scans.length,
    target: '0',
    met: scans.length === 0,
    ...(scans.length
      ? { note: scans.map((p) => `${p.fullScans.join('; ')} in: ${p.sql.slice(0, 120)}`).join(' / ') }
      : {}),
  };
}

function logPlans(ctx: BenchContext, title: string, plans: Plan[]) {
  for (const p of plans) {
    const flag = p.fullScans.length ? `FULL SCAN: ${p.fullScans.join('; ')}` : 'indexed';
    ctx.log(`EXPLAIN ${title}: ${flag}\n      ${p.sql.slice(0, 160)}\n      ${p.plan.join(' | ')}`);
  }
}

async function measure(ctx: BenchContext, seeded: SeededDb, server: BenchServer, db: Kysely<Database>) {
  const pid = seeded.focusProjectId;
  const candidatesUrl = `/api/projects/${pid}/export-candidates`;
  const first = ok<Candidates>(await server.call('GET', candidatesUrl), 'export-candidates');
  const ids = first.items.map((i) => i.id);
  ctx.log(`project ${pid}: ${ids.length} open billable candidates`);
  const body = previewOptions(ids);
  const preview = ok<Preview>(
    await server.call('POST', `/api/projects/${pid}/export-preview`, body),
    'export-preview',
  );
  ctx.log(`preview: ${preview.lines.length} lines`);

  const candidatesMs = await sample(RUNS, async () =>
    ok(await server.call('GET', candidatesUrl), 'candidates'),
  );
  const previewMs = await sample(RUNS, async () =>
    ok(await server.call('POST', `/api/projects/${pid}/export-preview`, body), 'preview'),
  );
  const naiveCandidatesMs = await sample(BASELINE_RUNS, () => naiveCandidates(db, pid, ids.length), 0);
  // One run: the N+1 baseline costs ~10–30 s per run on this machine.
  const naivePreviewMs = await sample(
    1,
    () => naivePreview(db, pid, ids, BENCH_SECRET, preview.lines.length),
    0,
  );
  ctx.log(
    `filter p50 ${median(candidatesMs.wall).toFixed(0)} ms (naive ${median(naiveCandidatesMs.wall).toFixed(0)}), preview p50 ${median(previewMs.wall).toFixed(0)} ms (naive ${median(naivePreviewMs.wall).toFixed(0)})`,
  );

  const bench = `Server ${ids.length.toLocaleString('en-US')} bookings`;
  const rows = [
    ...timingRows(bench, 'filter (export-candidates)', candidatesMs, naiveCandidatesMs, 100),
    ...timingRows(bench, 'group + preview (export-preview)', previewMs, naivePreviewMs, 100),
  ];

  const sql = await recordSql(async () => {
    await server.call('GET', candidatesUrl);
    await server.call('POST', `/api/projects/${pid}/export-preview`, previewOptions(ids.slice(0, 10)));
  });
  const plans = explain(seeded.file, sql);
  logPlans(ctx, 'export', plans);
  rows.push(planRow(bench, 'EXPLAIN export-candidates + export-preview', plans));

  rows.push(
    ...(await part(`Server ${seeded.totalBookings.toLocaleString('en-US')} bookings`, () =>
      overviewRows(ctx, seeded, server, db),
    )),
  );
  return rows;
}

async function overviewRows(ctx: BenchContext, seeded: SeededDb, server: BenchServer, db: Kysely<Database>) {
  const bench = `Server ${seeded.totalBookings.toLocaleString('en-US')} bookings`;
  const rows: BenchRow[] = [];
  if (!exists('apps/server/src/modules/overview')) {
    rows.push(unavailable(bench, 'overview', 'apps/server/src/modules/overview has not landed'));
    return rows;
  }
  const overview = await server.call('GET', '/api/overview');
  if (overview.status === 404) {
    rows.push(
      unavailable(bench, 'overview', 'GET /api/overview answers 404 (route not registered in app.ts)'),
    );
    return rows;
  }
  ok(overview, 'overview');
  const overviewMs = await sample(RUNS, async () =>
    ok(await server.call('GET', '/api/overview'), 'overview'),
  );
  const naiveOverviewMs = await sample(BASELINE_RUNS, () => naiveOverview(db), 0);
  ctx.log(
    `overview p50 ${median(overviewMs.wall).toFixed(0)} ms (naive ${median(naiveOverviewMs.wall).toFixed(0)})`,
  );
  rows.push(
    ...timingRows(
      `Server ${seeded.totalBookings.toLocaleString('en-US')} bookings`,
      'overview (GET /api/overview)',
      overviewMs,
      naiveOverviewMs,
      200,
    ),
  );
  const overviewSql = await recordSql(() => server.call('GET', '/api/overview'));
  const plans = explain(seeded.file, overviewSql);
  logPlans(ctx, 'overview', plans);
  rows.push(planRow(bench, 'EXPLAIN overview', plans));
  return rows;
}

const unavailable = (benchmark: string, metric: string, why: string): BenchRow => ({
  benchmark,
  metric,
  unit: 'ms',
  baseline: null,
  ours: null,
  target: '–',
  met: null,
  note: `not available: ${why}`,
});

export async function serverRows(ctx: BenchContext): Promise<BenchRow[]> {
  if (!exists('apps/server/src/modules/exports/exports.routes.ts'))
    notAvailable('apps/server/src/modules/exports has not landed');
  const seeded = await largeDb(ctx);
  const server = await openServer({ dbFile: seeded.file });
  const db = await openDb(seeded.file);
  try {
    return await measure(ctx, seeded, server, db);
  } finally {
    await db.destroy();
    await server.close();
  }
}

export const serverBench: Benchmark = { name: 'server', title: 'Server (100k bookings)', run: serverRows };
