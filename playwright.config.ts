import { defineConfig } from '@playwright/test';

// E2E_PORT lets two runs (e.g. two engineers) share a machine; the sandbox listens on the next port.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SANDBOX_PORT = E2E_PORT + 1;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// scripts/test.mjs runs the suite twice: on SQLite, then with E2E_DATABASE_URL on PostgreSQL. Each pass
// keeps its own artefacts (Playwright empties outputDir at start).
const outputDir = process.env.E2E_DATABASE_URL ? 'test-results/e2e-postgres' : 'test-results/e2e';

export default defineConfig({
  testDir: 'e2e',
  outputDir,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Without the networking flags Chromium floods the closed network with refused connections.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', dependencies: ['setup'], testMatch: /\.spec\.ts/ },
  ],
  webServer: {
    command: 'node e2e/testing/server.mjs',
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
