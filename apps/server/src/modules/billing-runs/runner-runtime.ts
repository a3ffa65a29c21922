export interface RunnerHooks {
  /** Before each project is processed; tests count or halt here. */
  beforeItem?: (ctx: { runId: number; itemId: number }) => void | Promise<void>;
}

/** The billing runner's process-local state: one per app instance, owned by the billing-runs plugin. */
export interface RunnerRuntime {
  /** The loop of each run this process executes. */
  loops: Map<number, Promise<void>>;
  /** Set on close (or by a test simulating a crash): loops end WITHOUT any further write. */
  stopped: boolean;
  hooks: RunnerHooks;
  /** Added to a window's reset time before the next request (clock skew between us and billomat). */
  resetSlackMs: number;
  sleepers: Map<number, () => void>;
}

export function createRunnerRuntime(): RunnerRuntime {
  return { loops: new Map(), stopped: false, hooks: {}, resetSlackMs: 1000, sleepers: new Map() };
}

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
