import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDb } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { loadBookingTargets } from './booking-targets';
import { generateBookings } from './bookings-generator';
import { seedDemoStructure } from './demo-core';
import { seedDemoUsers } from './demo-users';
import { addMonths, isoDate } from './seed-random';

// `pnpm seed --bookings 100000 [--months 24] [--seed 7] [--project P-2026-001]`: large data sets for
// benchmarks, written into the configured database (DATA_DIR / DATABASE_URL). Adds the demo users,
// customers and projects when missing, then the bookings on the running projects — or all of them on
// the one running project named by --project (a firm's retainer with years of hours).

const USAGE =
  'Aufruf: pnpm seed --bookings <Anzahl> [--months <Monate, Standard 24>] [--seed <Zahl>] [--project <Projektnummer>]';

async function main() {
  const { values } = parseArgs({
    options: {
      bookings: { type: 'string' },
      months: { type: 'string' },
      seed: { type: 'string' },
      project: { type: 'string' },
    },
  });
  const count = Number(values.bookings ?? '');
  const months = Number(values.months ?? '24');
  const seed = Number(values.seed ?? String(Date.now() % 1_000_000));
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(months) || months < 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig(process.env);
  // pnpm runs the script inside apps/server; a relative DATA_DIR means where `pnpm seed` was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const location = config.databaseUrl ?? path.join(path.resolve(base, config.dataDir), 'plainstaff.sqlite');
  const { db } = await connectDb({ location });
  try {
    const started = performance.now();
    await migrateToLatest(db as never);
    await seedDemoUsers(db);
    const today = isoDate(Date.now());
    const created = await seedDemoStructure(db, today);
    const all = await loadBookingTargets(db, addMonths(today, -months), today);
    const targets = values.project ? all.filter((t) => t.number === values.project) : all;
    if (values.project && targets.length === 0) {
      console.error(`Kein laufendes Projekt mit der Nummer „${values.project}“.`);
      process.exitCode = 2;
      return;
    }
    const inserted = await generateBookings(db, targets, count, seed);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Datenbank: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : location}`);
    console.log(
      created ? 'Demo-Kunden und -Projekte angelegt.' : 'Demo-Kunden und -Projekte waren schon da.',
    );
    console.log(
      `${inserted} Buchungen auf ${targets.length} laufende Projekte (letzte ${months} Monate) in ${seconds} s.`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
