import { defineConfig } from 'vitest/config';

// The same server suites once more, on a throwaway PostgreSQL cluster (issue: PostgreSQL support).
export default defineConfig({
  test: {
    name: '@plainstaff/server (postgres)',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests that are about SQLite itself opt out by their file name.
    exclude: ['**/*.sqlite.test.ts', '**/node_modules/**'],
    globalSetup: ['src/testing/pg-global-setup.ts'],
    env: { TEST_DB: 'postgres' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
