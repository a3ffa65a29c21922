// `npm test`: the same install as `npm start`, Chromium for Playwright when missing, then typecheck,
// lint, unit + integration tests (Vitest) and the Playwright e2e suite. Ends with `N passed, N failed`.
import fs from 'node:fs';
import path from 'node:path';
import { bootstrap, root, run } from './bootstrap.mjs';
import { ensureChromium } from './chromium.mjs';

const pnpm = bootstrap();
const chromium = ensureChromium();
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

const steps = [];
function step(name, cmd, args, env = {}) {
  console.log(`\n\x1b[36m━━ ${name}\x1b[0m`);
  const started = Date.now();
  const status = run(cmd, args, { env: { ...process.env, ...env } });
  steps.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  return status === 0;
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
step('typecheck', pnpm, ['-r', '--workspace-concurrency=1', 'run', 'typecheck']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('format', bin('prettier'), ['--check', '.']);
const vitestJson = path.join(resultsDir, 'vitest.json');
step('unit + integration (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
step('build SPA', pnpm, ['--filter', '@plainstaff/web', 'build']);
const pwJson = path.join(resultsDir, 'playwright.json');
step('e2e (playwright)', bin('playwright'), ['test'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
});

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
try {
  const p = JSON.parse(fs.readFileSync(pwJson, 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + p.stats.flaky * 0;
  skipped += p.stats.skipped;
} catch {
  failed += 1;
}
// A failed typecheck/lint step counts as a failure even when every test passed.
failed += steps.filter(
  (s) => !s.ok && !['unit + integration (vitest)', 'e2e (playwright)'].includes(s.name),
).length;

console.log('\n\x1b[36m━━ summary\x1b[0m');
for (const s of steps) console.log(`${s.ok ? '✔' : '✘'} ${s.name} (${s.seconds}s)`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
