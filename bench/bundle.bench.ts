import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { exists, repoPath } from './lib/paths';
import { attribute } from './lib/sourcemap';
import { round } from './lib/stats';
import type { Benchmark, BenchContext, BenchRow } from './lib/types';
import { notAvailable } from './lib/types';

// Bundle: the JavaScript a first visit downloads before the SPA can render = the entry script of
// dist/index.html plus every <link rel="modulepreload"> (vite preloads the entry's static imports).
// Baseline: all JS of dist concatenated and gzipped once, i.e. what would ship without code splitting.

const TARGET_KB = 250;
const run = promisify(execFile);

/** Builds apps/web into a scratch directory so a running e2e suite's apps/web/dist is never touched. */
export async function buildWeb(outDir: string): Promise<void> {
  const vite = repoPath('apps/web/node_modules/.bin/vite');
  if (!fs.existsSync(vite)) notAvailable('apps/web/node_modules/.bin/vite (run pnpm install)');
  // BENCH_NO_MINIFY=1: readable function names in CPU profiles (never for the bundle figures).
  const extra = process.env.BENCH_NO_MINIFY === '1' ? ['--minify', 'false'] : [];
  // `hidden` source maps: .map files for the composition log, the .js files stay byte-identical.
  await run(
    vite,
    ['build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn', ...extra],
    {
      cwd: repoPath('apps/web'),
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

/** One vite build per run, shared by the bundle and browser benchmarks. */
export const builtWeb = (ctx: BenchContext): Promise<string> =>
  ctx.shared('web-dist', async (dir) => {
    const t0 = performance.now();
    await buildWeb(dir);
    ctx.log(`vite build in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return dir;
  });

export function initialScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set([...srcs, ...preloads])];
}

const gzipKb = (buf: Buffer) => gzipSync(buf, { level: 9 }).length / 1024;

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
}

/** The biggest contributors to the initial JS, gzip size attributed in proportion to raw bytes. */
function composition(files: string[], perFile: { kb: number }[]): string[] {
  const total = new Map<string, number>();
  files.forEach((f, i) => {
    if (!fs.existsSync(`${f}.map`)) return;
    const code = fs.readFileSync(f, 'utf8');
    const sizes = attribute(
      code,
      JSON.parse(fs.readFileSync(`${f}.map`, 'utf8')) as { sources: string[]; mappings: string },
    );
    const raw = [...sizes.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [g, n] of sizes) total.set(g, (total.get(g) ?? 0) + (n / raw) * perFile[i]!.kb);
  });
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([g, kb]) => `initial JS by source: ${kb.toFixed(1).padStart(6)} kB gz  ${g}`);
}

export async function bundleRows(ctx: BenchContext): Promise<BenchRow[]> {
  if (!exists('apps/web/index.html')) notAvailable('apps/web has no index.html');
  const outDir = await builtWeb(ctx);
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const initial = initialScripts(html).map((src) => path.join(outDir, src.replace(/^\//, '')));
  if (initial.length === 0) throw new Error('no module script found in dist/index.html');
  const perFile = initial.map((f) => ({ f: path.relative(outDir, f), kb: gzipKb(fs.readFileSync(f)) }));
  for (const { f, kb } of perFile) ctx.log(`initial: ${f} ${kb.toFixed(1)} kB gz`);
  const oursKb = perFile.reduce((s, x) => s + x.kb, 0);
  for (const line of composition(initial, perFile)) ctx.log(line);
  const all = jsFiles(outDir);
  const wholeKb = gzipKb(Buffer.concat(all.map((f) => fs.readFileSync(path.join(outDir, f)))));
  ctx.log(`${all.length} JS files in dist, ${initial.length} loaded initially`);
  return [
    {
      benchmark: 'Bundle',
      metric: `initial JS gzipped (${initial.length} of ${all.length} files)`,
      unit: 'kB',
      baseline: round(wholeKb),
      ours: round(oursKb),
      target: `≤ ${TARGET_KB} kB`,
      met: oursKb <= TARGET_KB,
    },
  ];
}

export const bundleBench: Benchmark = { name: 'bundle', title: 'Bundle', run: bundleRows };
