import { defineConfig } from 'vitest/config';
// @ts-expect-error -- plain .mjs helper shared with the test driver
import { postgresProjectEnabled } from './scripts/postgres.mjs';

// Without PostgreSQL: a loud warning on a developer's machine, an error with CI=true (issue 20).
const withPostgres: boolean = postgresProjectEnabled();

// One runner for every package; each project keeps its own environment. The server suites run twice:
// on SQLite and on a throwaway PostgreSQL cluster (in CI always, elsewhere where PostgreSQL is installed).
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/server',
      'apps/billomat-sandbox',
      'apps/web',
      ...(withPostgres ? ['apps/server/vitest.pg.config.ts'] : []),
      // The test harness itself (scripts/): e.g. that CI fails when PostgreSQL cannot start.
      { test: { name: 'scripts', environment: 'node', include: ['scripts/**/*.test.ts'] } },
    ],
  },
});
