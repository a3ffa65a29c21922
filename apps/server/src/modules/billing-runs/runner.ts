import type { FastifyInstance } from 'fastify';
import { billingRunsRepository, type RunRow } from './billing-runs.repository';
import { runItem } from './run-item';
import { sleepUntil, type RunnerRuntime } from './runner-runtime';

const now = () => new Date().toISOString();
const isActive = (run: RunRow | undefined): run is RunRow =>
  !!run && (run.status === 'running' || run.status === 'waiting');

/**
 * Executes a run one project after another, from the database state alone: every decision is
 * re-read from the rows, so the same loop starts a run, resumes it after a restart and continues it
 * after a pause for billomat's next rate-limit window. Cancelling takes effect between invoices.
 */
export function billingRunner(app: FastifyInstance, rt: RunnerRuntime) {
  const repo = billingRunsRepository(app.db);
  const process = runItem(app, rt);

  async function close(run: RunRow, status: 'done' | 'cancelled' | 'failed', error: string | null) {
    if (status !== 'done') {
      const why = status === 'cancelled' ? 'Lauf abgebrochen.' : `Lauf abgebrochen: ${error ?? ''}`.trim();
      await repo.skipPending(run.id, why);
    }
    await repo.update(run.id, {
      status,
      error,
      active_lock: null,
      finished_at: now(),
      waiting_until: null,
      current_item_id: null,
    });
    app.log.info({ runId: run.id, status }, 'billing run finished');
  }

  const ended = async (run: RunRow, status: 'done' | 'cancelled' | 'failed', error: string | null) => {
    await close(run, status, error);
    return false;
  };

  async function step(runId: number): Promise<boolean> {
    const run = await repo.find(runId);
    if (!isActive(run)) return false;
    if (run.cancel_requested === 1) return ended(run, 'cancelled', null);
    if (run.waiting_until) {
      const until = new Date(run.waiting_until);
      if (until.getTime() > Date.now()) await sleepUntil(rt, runId, until);
      if (rt.stopped) return false;
      await repo.update(runId, { status: 'running', waiting_until: null });
      return true;
    }
    const items = await repo.items(runId);
    const next = items.find((i) => i.status === 'running') ?? items.find((i) => i.status === 'pending');
    if (!next) return ended(run, 'done', null);
    if (run.current_item_id !== next.id) await repo.update(runId, { current_item_id: next.id });
    await rt.hooks.beforeItem?.({ runId, itemId: next.id });
    if (rt.stopped) return false;
    const outcome = await process(run, next);
    if (rt.stopped) return false;
    if (outcome && 'fatal' in outcome) return ended(run, 'failed', outcome.fatal);
    if (outcome) {
      app.log.info({ runId, until: outcome.waitUntil }, 'billing run waits for the next rate-limit window');
      await repo.update(runId, { status: 'waiting', waiting_until: outcome.waitUntil.toISOString() });
    }
    return true;
  }

  async function loop(runId: number): Promise<void> {
    for (;;) {
      if (rt.stopped) return;
      try {
        if (!(await step(runId))) return;
      } catch (err) {
        if (rt.stopped) return;
        // A bug or a database failure: stop this run visibly instead of spinning.
        app.log.error({ err, runId }, 'billing run failed');
        const run = await repo.find(runId).catch(() => undefined);
        if (isActive(run))
          await close(run, 'failed', 'Interner Fehler. Bitte prüfen Sie das Protokoll.').catch(
            () => undefined,
          );
        return;
      }
    }
  }

  return {
    /** Starts (or joins) the loop of a run in this process. */
    run(runId: number): Promise<void> {
      const existing = rt.loops.get(runId);
      if (existing) return existing;
      const promise = loop(runId).finally(() => rt.loops.delete(runId));
      rt.loops.set(runId, promise);
      return promise;
    },
    /** At start-up: every run left running or waiting continues where it stopped. */
    async resumeAll(): Promise<number[]> {
      const runs = await repo.active();
      for (const r of runs) void this.run(r.id);
      return runs.map((r) => r.id);
    },
    isRunning: (runId: number) => rt.loops.has(runId),
    close,
  };
}

export type BillingRunner = ReturnType<typeof billingRunner>;
