import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@plainstaff/server',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Several server processes on one database need PostgreSQL: `*.pg.test.ts` run in the PostgreSQL
    // project only (vitest.pg.config.ts), as `*.sqlite.test.ts` run in this one only.
    exclude: ['**/*.pg.test.ts', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
