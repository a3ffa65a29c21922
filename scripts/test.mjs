// `npm test`: the same install as `npm start`, Chromium for Playwright when missing, PostgreSQL (in CI:
// installed when missing, and required), then typecheck, lint, unit + integration tests (Vitest; the
// server suites on SQLite and PostgreSQL) and the Playwright e2e suite, once on SQLite and once on
// PostgreSQL, a few runs of the multi-instance chaos command on PostgreSQL, and the README's other commands once, small. Ends with
// `N passed, N failed`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bootstrap, root, run } from './bootstrap.mjs';
import { ensureChromium } from './chromium.mjs';
import { startPgCluster } from './pg-cluster.mjs';
import { ensurePostgres, isCI, pgProblem } from './postgres.mjs';

const pnpm = bootstrap();
const chromium = ensureChromium();
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

const pg = await ensurePostgres();
if (!pg.ok && isCI()) {
  // Nothing after this could make the run green, so say why at once instead of after ten minutes.
  console.error(pgProblem(pg.reason));
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (!pg.ok) console.warn(pgProblem(pg.reason));
// vitest.config.ts would find the binaries again and fail on a cluster that cannot start.
const pgTestsEnv = pg.ok ? {} : { PG_TESTS: 'skip' };

// A cluster of ours must not outlive the run, also when it is interrupted.
let cluster = null;
function stopCluster() {
  try {
    cluster?.stop();
  } catch (err) {
    console.error(`✘ The PostgreSQL test cluster did not stop cleanly: ${err.message}`);
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopCluster();
    process.exit(130);
  });
}

const steps = [];
function step(name, cmd, args, env = {}) {
  console.log(`\n\x1b[36m━━ ${name}\x1b[0m`);
  const started = Date.now();
  const status = run(cmd, args, { env: { ...process.env, ...env } });
  steps.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  return status === 0;
}

/** A command that serves until stopped: green when it prints `ready` within a minute; then stopped. */
async function serves(name, args, ready) {
  console.log(`\n\x1b[36m━━ ${name}\x1b[0m`);
  const started = Date.now();
  const child = spawn(pnpm, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const ok = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 60_000);
    const seen = (chunk) => {
      out += chunk;
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(ready.test(out));
    });
  });
  try {
    process.kill(-child.pid, 'SIGTERM'); // pnpm and the server under it
  } catch {
    // already gone
  }
  console.log(ok ? out.match(ready)[0] : out);
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
step('typecheck', pnpm, ['-r', '--workspace-concurrency=1', 'run', 'typecheck']);
// The root project: e2e/, scripts/*.ts and playwright.config.ts (no workspace package holds them).
step('typecheck (e2e, scripts)', bin('tsc'), ['--noEmit', '-p', '.']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('format', bin('prettier'), ['--check', '.']);
const vitestJson = path.join(resultsDir, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const VITEST = 'unit + integration (vitest)';
step(
  VITEST,
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  pgTestsEnv,
);
step('build SPA', pnpm, ['--filter', '@plainstaff/web', 'build']);

// The README's other commands, each once and small, so that what the README names keeps working
// (the chaos command's full figures and the benchmarks' are in docs/reliability.md and bench/RESULTS.md).
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plainstaff-readme-'));
step('README: pnpm seed --bookings 2000', pnpm, ['seed', '--bookings', '2000'], {
  DATA_DIR: path.join(scratch, 'data'),
});
step('README: pnpm bench -- bundle', pnpm, ['bench', '--', 'bundle'], {
  BENCH_RESULTS: path.join(scratch, 'RESULTS.md'),
});
step('README: pnpm chaos --runs 3 --seed 42', pnpm, ['chaos', '--runs', '3', '--seed', '42']);
await serves(
  'README: pnpm --filter billomat-sandbox start',
  ['--filter', 'billomat-sandbox', 'start', '--', '--port', '0'],
  /listening on http:\/\/[^\s]+/,
);
fs.rmSync(scratch, { recursive: true, force: true });

// Two invocations rather than two Playwright projects: the specs read the port from E2E_PORT at module
// level and the demo server is one process per database; sequential passes reuse the same ports.
const e2ePasses = [{ name: 'e2e (playwright, SQLite)', json: path.join(resultsDir, 'playwright.json') }];
if (pg.ok)
  e2ePasses.push({
    name: 'e2e (playwright, PostgreSQL)',
    json: path.join(resultsDir, 'playwright-postgres.json'),
  });
for (const pass of e2ePasses) fs.rmSync(pass.json, { force: true });
const e2e = (pass, env = {}) =>
  step(pass.name, bin('playwright'), ['test'], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: pass.json,
    ...env,
  });
e2e(e2ePasses[0], { E2E_DATABASE_URL: '' }); // SQLite, whatever the shell says
if (e2ePasses[1]) {
  try {
    cluster = await startPgCluster(pg.bin);
    e2e(e2ePasses[1], { E2E_DATABASE_URL: cluster.createDatabase('plainstaff_e2e') });
    // The README's multi-instance chaos command, a few runs on the same cluster (the vitest PostgreSQL
    // project runs the suite's CI share with its assertions; this keeps the command itself working).
    step(
      'chaos (3 instances, PostgreSQL)',
      pnpm,
      ['chaos', '--instances', '3', '--runs', '5', '--seed', '42'],
      {
        DATABASE_URL: cluster.createDatabase('plainstaff_chaos'),
      },
    );
  } catch (err) {
    console.error(`\n✘ ${err.message}`);
    steps.push({ name: e2ePasses[1].name, ok: false, seconds: 0 });
  } finally {
    stopCluster();
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const v = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} catch {
  failed += 1;
}
for (const pass of e2ePasses) {
  try {
    const p = JSON.parse(fs.readFileSync(pass.json, 'utf8'));
    passed += p.stats.expected;
    failed += p.stats.unexpected + p.stats.flaky * 0;
    skipped += p.stats.skipped;
  } catch {
    failed += 1;
  }
}
// A failed typecheck/lint step counts as a failure even when every test passed.
const counted = [VITEST, ...e2ePasses.map((pass) => pass.name)];
failed += steps.filter((s) => !s.ok && !counted.includes(s.name)).length;

console.log('\n\x1b[36m━━ summary\x1b[0m');
for (const s of steps) console.log(`${s.ok ? '✔' : '✘'} ${s.name} (${s.seconds}s)`);
if (!pg.ok) console.warn(`⚠ PostgreSQL half skipped (not in CI): ${pg.reason.split('\n')[0]}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
