import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBench } from './bundle.bench';
import { browserBench } from './browser.bench';
import { exportBench } from './export.bench';
import { importBench } from './import.bench';
import { postgresBench } from './postgres.bench';
import { scaleBench } from './scale.bench';
import { serverBench } from './server.bench';
import { resultsMarkdown, writeResults, type RunInfo } from './lib/results';
import { textTable } from './lib/table';
import { failedRow, NotAvailableError, type Benchmark, type BenchRow } from './lib/types';

// `pnpm bench` runs the default set; `pnpm bench -- import bundle` only the named benchmarks. `scale`
// (1,000,000 bookings) is opt-in: name it, or set BENCH_SCALE=1 to add it to the default set.

const here = path.dirname(fileURLToPath(import.meta.url));
const ALL: Benchmark[] = [
  importBench,
  exportBench,
  serverBench,
  postgresBench,
  browserBench,
  bundleBench,
  scaleBench,
];
const OPT_IN = new Set(['scale']);

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = args.filter((a) => !ALL.some((b) => b.name === a));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${ALL.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  const withScale = process.env.BENCH_SCALE === '1';
  const selected =
    args.length > 0
      ? ALL.filter((b) => args.includes(b.name))
      : ALL.filter((b) => !OPT_IN.has(b.name) || withScale);
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'plainstaff-bench-'));
  const rows: BenchRow[] = [];
  const perBenchmark: RunInfo['perBenchmark'] = [];
  const memo = new Map<string, Promise<unknown>>();
  const shared = <T>(key: string, make: (dir: string) => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, make(fs.mkdtempSync(path.join(tmpRoot, `shared-${key}-`))));
    return memo.get(key) as Promise<T>;
  };
  const t0 = performance.now();
  try {
    for (const b of selected) {
      const tmpDir = fs.mkdtempSync(path.join(tmpRoot, `${b.name}-`));
      const started = performance.now();
      const log = (m: string) =>
        console.log(`  [${b.name} ${((performance.now() - started) / 1000).toFixed(1)}s] ${m}`);
      console.log(`▶ ${b.title}`);
      const load = os.loadavg()[0]!;
      try {
        rows.push(...(await b.run({ tmpDir, log, shared })));
      } catch (err) {
        if (!(err instanceof NotAvailableError)) console.error(err);
        rows.push(failedRow(b.title, err));
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(`  done in ${seconds.toFixed(1)} s`);
      perBenchmark.push({ name: b.name, seconds, loadBefore: load, loadAfter: os.loadavg()[0]! });
    }
  } finally {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
  const durationMs = performance.now() - t0;
  console.log(`\n${textTable(rows)}\n`);
  const info = {
    startedAt,
    durationMs,
    selected: selected.map((b) => b.name),
    loadBefore,
    loadAfter: os.loadavg(),
    perBenchmark,
  };
  // BENCH_SCALE only selects a benchmark and BENCH_RESULTS only the file; the others change what is measured.
  const overrides = Object.entries(process.env).filter(
    ([k]) => k.startsWith('BENCH_') && k !== 'BENCH_SCALE' && k !== 'BENCH_RESULTS',
  );
  const notes = overrides.length
    ? [
        `- **Run with ${overrides.map(([k, v]) => `${k}=${v}`).join(', ')}**: experiment settings (README), not the figures of the repository as it is.`,
      ]
    : [];
  for (const n of notes) console.log(n);
  // BENCH_RESULTS: another file (npm test runs the command without touching the repository's figures).
  const out = process.env.BENCH_RESULTS ?? path.join(here, 'RESULTS.md');
  writeResults(out, resultsMarkdown(rows, info, notes));
  console.log(`Total ${(durationMs / 1000).toFixed(1)} s. Written to ${path.relative(process.cwd(), out)}`);
  // A benchmark that forgot a handle (socket, browser) must not keep `pnpm bench` alive.
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
