import { randomUUID } from 'node:crypto';

export interface RunnerHooks {
  /** Before each project is processed; tests count or halt here. */
  beforeItem?: (ctx: { runId: number; itemId: number }) => void | Promise<void>;
}

/** The billing runner's process-local state: one per app instance, owned by the billing-runs plugin. */
export interface RunnerRuntime {
  /** This instance, as named in `billing_runs.owner`. */
  owner: string;
  /** How long a lease holds without renewal, and how often other instances look for lapsed ones. */
  leaseMs: number;
  takeoverCheckMs: number;
  /** The loop of each run this process executes. */
  loops: Map<number, Promise<void>>;
  /** Runs whose lease this instance lost (another instance drives them now): their loops end. */
  lost: Set<number>;
  /** Set on close (or by a test simulating a crash): loops end WITHOUT any further write. */
  stopped: boolean;
  hooks: RunnerHooks;
  /** Added to a window's reset time before the next request (clock skew between us and billomat). */
  resetSlackMs: number;
  sleepers: Map<number, () => void>;
}

export interface LeaseTiming {
  leaseMs: number;
  takeoverCheckMs: number;
}

export function createRunnerRuntime(
  timing: LeaseTiming = { leaseMs: 30_000, takeoverCheckMs: 5_000 },
): RunnerRuntime {
  return {
    owner: randomUUID(),
    ...timing,
    loops: new Map(),
    lost: new Set(),
    stopped: false,
    hooks: {},
    resetSlackMs: 1000,
    sleepers: new Map(),
  };
}

/** A loop stops without another write when the process is closing or the run is no longer its own. */
export const halted = (rt: RunnerRuntime, runId: number) => rt.stopped || rt.lost.has(runId);

/** Sleeps until `until`, or until woken (cancel, close). */
export function sleepUntil(rt: RunnerRuntime, runId: number, until: Date): Promise<void> {
  const ms = Math.max(0, until.getTime() - Date.now());
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      if (rt.sleepers.get(runId) === done) rt.sleepers.delete(runId);
      resolve();
    }
    rt.sleepers.set(runId, done);
  });
}

export function wake(rt: RunnerRuntime, runId?: number): void {
  if (runId !== undefined) return void rt.sleepers.get(runId)?.();
  for (const w of [...rt.sleepers.values()]) w();
}

/** What a dead process leaves behind: the loops stop here, nothing more is written. */
export function haltRunner(rt: RunnerRuntime): void {
  rt.stopped = true;
  wake(rt);
}
