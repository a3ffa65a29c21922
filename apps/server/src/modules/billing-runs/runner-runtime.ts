import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

export interface RunnerHooks {
  /** Before each project is processed; tests count or halt here. */
  beforeItem?: (ctx: { runId: number; itemId: number }) => void | Promise<void>;
}

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

const runtimes = new WeakMap<object, RunnerRuntime>();

export function runnerRuntime(db: Kysely<Database>): RunnerRuntime {
  let rt = runtimes.get(db);
  if (!rt) {
    rt = { loops: new Map(), stopped: false, hooks: {}, resetSlackMs: 1000, sleepers: new Map() };
    runtimes.set(db, rt);
  }
  return rt;
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
export function haltRunner(db: Kysely<Database>): void {
  const rt = runnerRuntime(db);
  rt.stopped = true;
  wake(rt);
}
