import path from 'node:path';
import { exists } from './lib/paths';
import { pgCpu, withPostgres } from './lib/postgres';
import { exportAtScaleRows, RUNS_1M } from './lib/scale';
import { seedLarge, type SeededDb } from './lib/seed';
import { cpuNow, round } from './lib/stats';
import { notAvailable, part, type Benchmark, type BenchContext, type BenchRow } from './lib/types';
import { OTHER_BOOKINGS } from './server.bench';

// Opt-in (`pnpm bench -- scale`, or BENCH_SCALE=1 with the default set): the export page's figures on
// 1,000,000 bookings in one project, on SQLite and on PostgreSQL, to show how their cost grows. Target:
// each within 2× of the same figure at 100,000 in the same run (run it with `server postgres`).
// Not in the default set because seeding a million bookings twice takes minutes on 2 shared cores.

const SCALE_BOOKINGS = 1_000_000;

async function seeded(ctx: BenchContext, label: string, location: string) {
  const t0 = performance.now();
  const db = await seedLarge(location, SCALE_BOOKINGS, OTHER_BOOKINGS);
  const s = (performance.now() - t0) / 1000;
  ctx.log(`${label}: seeded ${db.totalBookings} bookings in ${s.toFixed(1)} s`);
  const row: BenchRow = {
    benchmark: bench(label),
    metric: `seeding ${SCALE_BOOKINGS.toLocaleString('en-US')} + ${OTHER_BOOKINGS.toLocaleString('en-US')} bookings (server seed functions)`,
    unit: 's',
    baseline: null,
    ours: round(s),
    target: 'info',
    met: null,
  };
  return { db, row };
}

const bench = (label: string) =>
  `Server ${SCALE_BOOKINGS.toLocaleString('en-US')} bookings in one project (${label})`;

async function sqliteRows(ctx: BenchContext): Promise<BenchRow[]> {
  const { db, row } = await seeded(ctx, 'SQLite', path.join(ctx.tmpDir, 'scale.sqlite'));
  return [row, ...(await exportAtScaleRows(ctx, { label: 'SQLite', seeded: db, cpu: cpuNow }, RUNS_1M))];
}

function postgresRows(ctx: BenchContext): Promise<BenchRow[]> {
  return withPostgres(async (cluster) => {
    const { db, row } = await seeded(ctx, 'PostgreSQL', cluster.createDatabase('scale'));
    const target = { label: 'PostgreSQL' as const, seeded: db as SeededDb, cpu: pgCpu(cluster.port) };
    return [row, ...(await exportAtScaleRows(ctx, target, RUNS_1M))];
  });
}

export async function scaleRows(ctx: BenchContext): Promise<BenchRow[]> {
  if (!exists('apps/server/src/modules/exports/selection/page.service.ts'))
    notAvailable('apps/server/src/modules/exports (issue 18: export-bookings) has not landed');
  return [
    ...(await part(bench('SQLite'), () => sqliteRows(ctx))),
    ...(await part(bench('PostgreSQL'), () => postgresRows(ctx))),
  ];
}

export const scaleBench: Benchmark = {
  name: 'scale',
  title: 'Scale: 1,000,000 bookings in one project, SQLite and PostgreSQL (opt-in)',
  run: scaleRows,
};
