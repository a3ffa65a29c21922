import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import { explain, recordSql } from './lib/explain';
import { exists } from './lib/paths';
import { exportAtScaleRows, RUNS_100K } from './lib/scale';
import { seedLarge, type SeededDb } from './lib/seed';
import { logPlans, planRow, timingRows, unavailable } from './lib/server-rows';
import { okStatus, openDb, openServer, type BenchServer } from './lib/server';
import { cpuNow, median, sample } from './lib/stats';
import type { Benchmark, BenchContext, BenchRow } from './lib/types';
import { notAvailable, part } from './lib/types';
import { naiveOverview } from './server-baselines';

// Server on SQLite: the export page at scale (issue 18: first grid page, selection totals, group +
// preview, export; see lib/scale.ts) on a project with 100,000 bookings, each next to the
// implementation before issue 18; and GET /api/overview over all 110,000 bookings next to its naive
// baseline. Through app.inject() on a SQLite file seeded by the server's own seed functions.

export const FOCUS_BOOKINGS = 100_000;
export const OTHER_BOOKINGS = 10_000;
const RUNS = 20;
const BASELINE_RUNS = 3;

export const largeDb = (ctx: BenchContext): Promise<SeededDb> =>
  ctx.shared('large-db', async (dir) => {
    const t0 = performance.now();
    const seeded = await seedLarge(path.join(dir, 'bench.sqlite'), FOCUS_BOOKINGS, OTHER_BOOKINGS);
    ctx.log(`seeded ${seeded.totalBookings} bookings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return seeded;
  });

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
  okStatus(overview, 'overview');
  const overviewMs = await sample(RUNS, async () =>
    okStatus(await server.call('GET', '/api/overview'), 'overview'),
  );
  const naiveOverviewMs = await sample(BASELINE_RUNS, () => naiveOverview(db), 0);
  ctx.log(
    `overview p50 ${median(overviewMs.wall).toFixed(0)} ms (naive ${median(naiveOverviewMs.wall).toFixed(0)})`,
  );
  rows.push(...timingRows(bench, 'overview (GET /api/overview)', overviewMs, naiveOverviewMs, 200));
  const overviewSql = await recordSql(() => server.call('GET', '/api/overview'));
  const plans = explain(seeded.location, overviewSql);
  logPlans(ctx, 'overview', plans);
  rows.push(planRow(bench, 'EXPLAIN overview', plans));
  return rows;
}

export async function serverRows(ctx: BenchContext): Promise<BenchRow[]> {
  if (!exists('apps/server/src/modules/exports/selection/page.service.ts'))
    notAvailable('apps/server/src/modules/exports (issue 18: export-bookings) has not landed');
  const seeded = await largeDb(ctx);
  const rows = await part(`Server ${FOCUS_BOOKINGS.toLocaleString('en-US')} bookings (SQLite)`, () =>
    exportAtScaleRows(ctx, { label: 'SQLite', seeded, cpu: cpuNow }, RUNS_100K),
  );
  const server = await openServer({ location: seeded.location });
  const db = await openDb(seeded.location);
  try {
    rows.push(
      ...(await part(`Server ${seeded.totalBookings.toLocaleString('en-US')} bookings`, () =>
        overviewRows(ctx, seeded, server, db),
      )),
    );
  } finally {
    await db.destroy();
    await server.close();
  }
  return rows;
}

export const serverBench: Benchmark = {
  name: 'server',
  title: 'Server on SQLite (100k bookings in one project)',
  run: serverRows,
};
