import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { exists, repoPath } from './lib/paths';
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
  await run(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...extra], {
    cwd: repoPath('apps/web'),
    maxBuffer: 16 * 1024 * 1024,
  });
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

export async function bundleRows(ctx: BenchContext): Promise<BenchRow[]> {
  if (!exists('apps/web/index.html')) notAvailable('apps/web has no index.html');
  const outDir = await builtWeb(ctx);
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const initial = initialScripts(html).map((src) => path.join(outDir, src.replace(/^\//, '')));
  if (initial.length === 0) throw new Error('no module script found in dist/index.html');
  const perFile = initial.map((f) => ({ f: path.relative(outDir, f), kb: gzipKb(fs.readFileSync(f)) }));
  for (const { f, kb } of perFile) ctx.log(`initial: ${f} ${kb.toFixed(1)} kB gz`);
  const oursKb = perFile.reduce((s, x) => s + x.kb, 0);
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
