/** Nearest-rank percentile on a copy of the samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** CPU time of this process (user + system, all threads) in ms. */
export const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Wall time AND this process's CPU time. On a machine shared with other busy processes wall time mostly
 * measures waiting for a core; for in-process, single-threaded work the CPU time is what the wall time
 * would be on an idle machine (it slightly over-counts: GC helper threads run in parallel).
 */
export async function timed<T>(
  fn: () => Promise<T>,
  cpu: () => number = cpuNow,
): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c = cpu();
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  return { ms, cpuMs: cpu() - c, value };
}

export interface Samples {
  wall: number[];
  cpu: number[];
}

/**
 * Runs `fn` `runs` times after `warmup` unrecorded runs. `cpu` counts the CPU time of everything that
 * does the work (this process; on PostgreSQL also the database server's processes).
 */
export async function sample(
  runs: number,
  fn: () => Promise<unknown>,
  warmup = 1,
  cpu: () => number = cpuNow,
): Promise<Samples> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const t = await timed(fn, cpu);
    out.wall.push(t.ms);
    out.cpu.push(t.cpuMs);
  }
  return out;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
