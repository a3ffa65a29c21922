import type { FastifyInstance } from 'fastify';
import { nested, type MessageRef } from '@plainstaff/contracts/messages';
import { coded } from '@plainstaff/contracts/messages/catalog';
import { storeMessage } from '../../lib/stored-message';
import { billingRunsRepository, type RunRow } from './billing-runs.repository';
import { runItem } from './run-item';
import { leaseRepository } from './lease.repository';
import { halted, sleepUntil, wake, type RunnerRuntime } from './runner-runtime';

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
  const leases = leaseRepository(app.db, app.dbDialect);
  const process = runItem(app, rt);

  async function close(run: RunRow, status: 'done' | 'cancelled' | 'failed', error: MessageRef | null) {
    if (status !== 'done') {
      const why = coded('BILLING_RUN_CANCELLED', error ? { context: 'because', cause: nested(error) } : {});
      await repo.skipPending(run.id, storeMessage(why)!);
    }
    const finished = await repo.finish(run.id, {
      status,
      error: storeMessage(error),
      active_lock: null,
      finished_at: now(),
      waiting_until: null,
      current_item_id: null,
    });
    // Two loops on one run (a lease that lapsed while its owner still worked) end it only once.
    if (!finished) return app.log.warn({ runId: run.id, status }, 'billing run had been finished already');
    app.log.info({ runId: run.id, status }, 'billing run finished');
  }

  const ended = async (run: RunRow, status: 'done' | 'cancelled' | 'failed', error: MessageRef | null) => {
    await close(run, status, error);
    return false;
  };

  async function step(runId: number): Promise<boolean> {
    const run = await repo.find(runId);
    if (!isActive(run)) return false;
    if (run.cancel_requested === 1) return ended(run, 'cancelled', null);
    if (run.waiting_until) {
      const until = new Date(run.waiting_until).getTime();
      if (until > Date.now()) {
        // In slices: a cancel asked on another instance is seen within seconds, not at the window's end.
        await sleepUntil(rt, runId, new Date(Math.min(until, Date.now() + rt.takeoverCheckMs)));
        return !halted(rt, runId);
      }
      await repo.update(runId, { status: 'running', waiting_until: null });
      return true;
    }
    const items = await repo.items(runId);
    const next = items.find((i) => i.status === 'running') ?? items.find((i) => i.status === 'pending');
    if (!next) return ended(run, 'done', null);
    if (run.current_item_id !== next.id) await repo.update(runId, { current_item_id: next.id });
    await rt.hooks.beforeItem?.({ runId, itemId: next.id });
    if (halted(rt, runId)) return false;
    const outcome = await process(run, next);
    if (halted(rt, runId)) return false;
    if (outcome && 'fatal' in outcome) return ended(run, 'failed', outcome.fatal);
    if (outcome) {
      app.log.info({ runId, until: outcome.waitUntil }, 'billing run waits for the next rate-limit window');
      await repo.update(runId, { status: 'waiting', waiting_until: outcome.waitUntil.toISOString() });
    }
    return true;
  }

  /** Renews the lease while the loop runs; a lost lease (another instance took over) ends the loop. */
  function heartbeat(runId: number): NodeJS.Timeout {
    const timer = setInterval(
      () => {
        void leases
          .renew(runId, rt.owner, Date.now() + rt.leaseMs)
          .then((mine) => {
            if (mine || halted(rt, runId)) return;
            app.log.warn({ runId }, 'billing run lease lost: another instance drives the run now');
            rt.lost.add(runId);
            wake(rt, runId);
          })
          .catch((err: unknown) => app.log.error({ err, runId }, 'renewing the billing run lease failed'));
      },
      Math.max(50, Math.floor(rt.leaseMs / 3)),
    );
    timer.unref();
    return timer;
  }

  async function loop(runId: number): Promise<void> {
    const beat = heartbeat(runId);
    try {
      await steps(runId);
    } finally {
      clearInterval(beat);
    }
  }

  async function steps(runId: number): Promise<void> {
    for (;;) {
      if (halted(rt, runId)) return;
      try {
        if (!(await step(runId))) return;
      } catch (err) {
        if (halted(rt, runId)) return;
        // A bug or a database failure: stop this run visibly instead of spinning.
        app.log.error({ err, runId }, 'billing run failed');
        const run = await repo.find(runId).catch(() => undefined);
        if (isActive(run)) await close(run, 'failed', coded('BILLING_RUN_INTERNAL')).catch(() => undefined);
        return;
      }
    }
  }

  return {
    /** Starts (or joins) the loop of a run this instance owns. */
    run(runId: number): Promise<void> {
      const existing = rt.loops.get(runId);
      if (existing) return existing;
      rt.lost.delete(runId);
      const promise = loop(runId).finally(() => rt.loops.delete(runId));
      rt.loops.set(runId, promise);
      return promise;
    },
    /**
     * Runs left running or waiting by an instance that stopped renewing its lease (it died, or this is
     * the start after a crash) continue here, where they stopped.
     */
    async takeOver(): Promise<number[]> {
      const now = Date.now();
      const ids = await leases.takeOver(rt.owner, now, now + rt.leaseMs);
      for (const id of ids) {
        app.log.info({ runId: id }, 'billing run taken over');
        void this.run(id);
      }
      return ids;
    },
    isRunning: (runId: number) => rt.loops.has(runId),
    close,
  };
}

export type BillingRunner = ReturnType<typeof billingRunner>;
