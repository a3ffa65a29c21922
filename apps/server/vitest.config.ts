import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@plainstaff/server',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
