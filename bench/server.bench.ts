import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import { explain, recordSql } from './lib/explain';
import { logPlans, planRow, timingRows, unavailable } from './lib/server-rows';
import { exists } from './lib/paths';
import { seedLarge, type SeededDb } from './lib/seed';
import { BENCH_SECRET, ok, openDb, openServer, type BenchServer } from './lib/server';
import { median, sample } from './lib/stats';
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
