import type { Browser, BrowserContext } from '@playwright/test';
import { installProbes, type ScrollResult } from './page-probes';
import type { BenchServer } from './server';
import { percentile, round } from './stats';
import type { BenchRow } from './types';

// Chromium set-up and the frame-time rows of the browser benchmark.

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ROW = '[data-testid="booking-grid"] tr[data-index]';
export const SCROLL = { steps: 180, stepPx: 38 * 8, jumps: 20 };
export const SCROLL_PASSES = 3;

/** The pass whose longest frame is the median of all passes. */
export function medianPass(passes: ScrollResult[]): ScrollResult {
  const sorted = [...passes].sort((a, b) => Math.max(...a.deltas) - Math.max(...b.deltas));
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function browserContext(
  browser: Browser,
  server: BenchServer,
  base: string,
): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const eq = server.cookie.indexOf('=');
  await ctx.addCookies([{ name: server.cookie.slice(0, eq), value: server.cookie.slice(eq + 1), url: base }]);
  // tsx compiles this file with esbuild's keepNames: serialised functions call a global __name helper.
  await ctx.addInitScript('globalThis.__name = (fn) => fn;');
  await ctx.addInitScript(installProbes, ROW);
  return ctx;
}

export const frameRows = (bench: string, ours: ScrollResult, base: ScrollResult): BenchRow[] => {
  const max = (r: ScrollResult) => round(Math.max(...r.deltas));
  const over = (r: ScrollResult) => r.deltas.filter((d) => d > 50).length;
  return [
    {
      benchmark: bench,
      metric: `scroll: longest frame (median of ${SCROLL_PASSES} passes × ${ours.deltas.length} frames; baseline 1 pass)`,
      unit: 'ms',
      baseline: max(base),
      ours: max(ours),
      target: '≤ 50 ms',
      met: max(ours) <= 50,
    },
    {
      benchmark: bench,
      metric: 'scroll: p95 frame',
      unit: 'ms',
      baseline: round(percentile(base.deltas, 95)),
      ours: round(percentile(ours.deltas, 95)),
      target: 'info',
      met: null,
    },
    {
      benchmark: bench,
      metric: 'scroll: frames over 50 ms',
      unit: '',
      baseline: over(base),
      ours: over(ours),
      target: '0',
      met: over(ours) === 0,
    },
    {
      benchmark: bench,
      metric: 'scroll: long tasks (> 50 ms)',
      unit: '',
      baseline: base.longTasks,
      ours: ours.longTasks,
      target: 'info',
      met: null,
    },
  ];
};
