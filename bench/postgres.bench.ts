import { exists } from './lib/paths';
import { pgCpu, withPostgres } from './lib/postgres';
import { exportAtScaleRows, RUNS_100K } from './lib/scale';
import { seedLarge } from './lib/seed';
import type { Benchmark, BenchContext, BenchRow } from './lib/types';
import { notAvailable } from './lib/types';
import { FOCUS_BOOKINGS, OTHER_BOOKINGS } from './server.bench';

// The export page at scale (lib/scale.ts) again on PostgreSQL: a throwaway cluster (the test suite's
// scripts/pg-cluster.mjs), the same 100,000 + 10,000 bookings, the same figures and baselines. CPU time
// here is this process plus the cluster's processes (lib/postgres.ts).

export async function postgresRows(ctx: BenchContext): Promise<BenchRow[]> {
  if (!exists('apps/server/src/modules/exports/selection/page.service.ts'))
    notAvailable('apps/server/src/modules/exports (issue 18: export-bookings) has not landed');
  return withPostgres(async (cluster) => {
    const url = cluster.createDatabase('bench');
    const t0 = performance.now();
    const seeded = await seedLarge(url, FOCUS_BOOKINGS, OTHER_BOOKINGS);
    ctx.log(`seeded ${seeded.totalBookings} bookings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return exportAtScaleRows(ctx, { label: 'PostgreSQL', seeded, cpu: pgCpu(cluster.port) }, RUNS_100K);
  });
}

export const postgresBench: Benchmark = {
  name: 'postgres',
  title: 'Server on PostgreSQL (100k bookings in one project)',
  run: postgresRows,
};
