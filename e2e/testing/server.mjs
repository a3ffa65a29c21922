// The product as `npm start` runs it (demo mode, built SPA, in-process sandbox), on a fresh data folder.
// E2E_DATABASE_URL (scripts/test.mjs's PostgreSQL pass: an empty database on a throwaway cluster) becomes
// its DATABASE_URL; otherwise it runs on SQLite, even when the shell has a DATABASE_URL of its own.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(root, 'test-results', `e2e-data-${port}`);
fs.rmSync(dataDir, { recursive: true, force: true });
const { DATABASE_URL: _ignored, E2E_DATABASE_URL: databaseUrl, ...inherited } = process.env;

const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['apps/server/src/server.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...inherited,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    DEMO: '1',
    DATA_DIR: dataDir,
    PORT: String(port),
    SANDBOX_PORT: String(port + 1),
    SANDBOX_CONTROL_TOKEN: 'e2e-control-token',
    LOG_LEVEL: 'warn',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
