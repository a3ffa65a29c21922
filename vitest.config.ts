import { defineConfig } from 'vitest/config';
// @ts-expect-error -- plain .mjs helper
import { findPgBin } from './scripts/pg-cluster.mjs';

const withPostgres = findPgBin() !== null;
if (!withPostgres) {
  console.warn(
    '\n⚠ PostgreSQL (initdb/pg_ctl) not found: the PostgreSQL half of the server suites is skipped.\n',
  );
}

// One runner for every package; each project keeps its own environment. The server suites run twice:
// on SQLite and — where PostgreSQL is installed — on a throwaway PostgreSQL cluster.
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/server',
      'apps/billomat-sandbox',
      'apps/web',
      ...(withPostgres ? ['apps/server/vitest.pg.config.ts'] : []),
    ],
  },
});
