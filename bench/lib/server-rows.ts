import type { Plan } from './explain';
import { median, percentile, round, type Samples } from './stats';
import type { BenchContext, BenchRow } from './types';

// Table rows of the server benchmark.

export function timingRows(
  bench: string,
  what: string,
  ours: Samples,
  baseline: Samples | null,
  target: number | null,
  note?: string,
  key?: string,
): BenchRow[] {
  const wall50 = round(median(ours.wall));
  const cpu50 = round(median(ours.cpu));
  const goal = target === null ? 'info' : `p50 ≤ ${target} ms`;
  const met = (v: number) => (target === null ? null : v <= target);
  const base = (f: (s: Samples) => number) => (baseline ? round(f(baseline)) : null);
  const runs = `${ours.wall.length} runs; baseline ${baseline ? baseline.wall.length : '–'}`;
  return [
    {
      benchmark: bench,
      metric: `${what} p50 wall (${runs})`,
      unit: 'ms',
      baseline: base((b) => median(b.wall)),
      ours: wall50,
      target: goal,
      met: met(wall50),
      ...(note ? { note } : {}),
      ...(key ? { key: `${key}:wall50` } : {}),
    },
    {
      benchmark: bench,
      metric: `${what} p95 wall`,
      unit: 'ms',
      baseline: base((b) => percentile(b.wall, 95)),
      ours: round(percentile(ours.wall, 95)),
      target: 'info',
      met: null,
      ...(key ? { key: `${key}:wall95` } : {}),
    },
    {
      benchmark: bench,
      metric: `${what} p50 CPU time (≈ idle-machine latency)`,
      unit: 'ms',
      baseline: base((b) => median(b.cpu)),
      ours: cpu50,
      target: goal,
      met: met(cpu50),
      ...(key ? { key: `${key}:cpu50` } : {}),
    },
  ];
}

export function planRow(bench: string, title: string, plans: Plan[]): BenchRow {
  const scans = plans.filter((p) => p.fullScans.length > 0);
  return {
    benchmark: bench,
    metric: `${title}: SQL statements with a table scan without index (of ${plans.length})`,
    unit: '',
    baseline: null,
    ours: scans.length,
    target: '0',
    met: scans.length === 0,
    ...(scans.length
      ? { note: scans.map((p) => `${p.fullScans.join('; ')} in: ${p.sql.slice(0, 120)}`).join(' / ') }
      : {}),
  };
}

export function logPlans(ctx: BenchContext, title: string, plans: Plan[]) {
  for (const p of plans) {
    const flag = p.fullScans.length ? `FULL SCAN: ${p.fullScans.join('; ')}` : 'indexed';
    ctx.log(`EXPLAIN ${title}: ${flag}\n      ${p.sql.slice(0, 160)}\n      ${p.plan.join(' | ')}`);
  }
}

export const unavailable = (benchmark: string, metric: string, why: string): BenchRow => ({
  benchmark,
  metric,
  unit: 'ms',
  baseline: null,
  ours: null,
  target: '–',
  met: null,
  note: `not available: ${why}`,
});
