/** One line of the results table. Every metric here is "lower is better" (requests, ms, kB). */
export interface BenchRow {
  benchmark: string;
  metric: string;
  unit: string;
  /** The naive way, measured in the same run; null when there is no baseline for this figure. */
  baseline: number | null;
  /** null when the figure could not be measured (see `note`). */
  ours: number | null;
  /** Human-readable target, e.g. "≤ 100 ms". */
  target: string;
  /** true/false when a target applies, null for informational figures or failures. */
  met: boolean | null;
  note?: string;
  /** Names the figure across data sizes (the 1,000,000-booking rows are judged against 100,000's). */
  key?: string;
}

export interface BenchContext {
  /** Scratch directory, removed after the run. */
  tmpDir: string;
  log(message: string): void;
  /** Memoised across benchmarks of one run (e.g. the seeded 100,000-booking database). */
  shared<T>(key: string, make: (dir: string) => Promise<T>): Promise<T>;
}

export interface Benchmark {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}

/** Thrown when a prerequisite (a module of another engineer) has not landed yet. */
export class NotAvailableError extends Error {}

export const notAvailable = (what: string): never => {
  throw new NotAvailableError(what);
};

/** A row that says why a part of a benchmark has no figure (the rest of the benchmark still reports). */
export function failedRow(benchmark: string, err: unknown): BenchRow {
  const message = err instanceof Error ? err.message : String(err);
  const note = err instanceof NotAvailableError ? `not available: ${message}` : `failed: ${message}`;
  return { benchmark, metric: '–', unit: '', baseline: null, ours: null, target: '–', met: null, note };
}

/** Runs one part of a benchmark; a failure becomes a row instead of losing the other parts' figures. */
export async function part(benchmark: string, fn: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof NotAvailableError)) console.error(err);
    return [failedRow(benchmark, err)];
  }
}
