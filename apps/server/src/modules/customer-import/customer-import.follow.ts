import type { CustomerImportRun } from '@plainstaff/contracts/customer-import';
import { eventOf } from './customer-import.events';
import type { importRunsRepository } from './customer-import.repository';
import { toRun, type ImportListener } from './customer-import.service';

/** A run whose events a stream can follow: this instance's own, or one read back from the database. */
export interface Followable {
  run: CustomerImportRun;
  /** `onEnd`: the run will send no more events (its instance died); the stream ends without one. */
  subscribe(listener: ImportListener, onEnd?: () => void): () => void;
}

interface Watch {
  listeners: Map<ImportListener, (() => void) | undefined>;
  last: string;
  timer: NodeJS.Timeout;
}

/**
 * Follows imports that another instance executes (issue 20): their progress is written to the run's row
 * page by page, so one poll per run and interval — shared by every stream of this process that follows
 * it — turns the stored state into the same events the executing instance sends. A run whose lock has
 * lapsed (the instance died) ends its streams.
 */
export function storedRuns(runs: ReturnType<typeof importRunsRepository>, intervalMs = 500) {
  const watches = new Map<number, Watch>();

  async function poll(id: number, w: Watch) {
    const [row, lock] = await Promise.all([runs.find(id), runs.lock()]);
    if (watches.get(id) !== w) return;
    const run = row ? toRun(row) : null;
    const alive =
      !!lock?.holder &&
      !!lock.expires_at &&
      lock.expires_at > new Date().toISOString() &&
      (lock.run_id === null || lock.run_id === id);
    if (run && JSON.stringify(run) !== w.last) {
      w.last = JSON.stringify(run);
      for (const listener of [...w.listeners.keys()]) listener(eventOf(run), run);
    }
    if (!run || (run.status === 'running' && !alive)) {
      for (const onEnd of [...w.listeners.values()]) onEnd?.();
    }
  }

  function stop(id: number) {
    const w = watches.get(id);
    if (!w || w.listeners.size > 0) return;
    clearInterval(w.timer);
    watches.delete(id);
  }

  return {
    follow(run: CustomerImportRun): Followable {
      return {
        run,
        subscribe(listener, onEnd) {
          let w = watches.get(run.id);
          if (!w) {
            const created: Watch = {
              listeners: new Map(),
              last: JSON.stringify(run),
              timer: setInterval(() => {
                void poll(run.id, created).catch(() => undefined);
              }, intervalMs),
            };
            created.timer.unref();
            watches.set(run.id, created);
            w = created;
          }
          w.listeners.set(listener, onEnd);
          const watch = w;
          return () => {
            watch.listeners.delete(listener);
            stop(run.id);
          };
        },
      };
    },
  };
}
