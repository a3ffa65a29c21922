import type { FastifyInstance } from 'fastify';
import { date, nested, type MessageRef } from '@plainstaff/contracts/messages';
import { coded } from '@plainstaff/contracts/messages/catalog';
import { AppError } from '../../errors';
import { joinMessages, readMessage, storeMessage } from '../../lib/stored-message';
import type { ExportRow } from '../exports';
import { billingRunsRepository, type ItemRow, type RunRow } from './billing-runs.repository';
import { currentWindow, requestsFor } from './quota';
import { planProject } from './run-plan';
import { halted, type RunnerRuntime } from './runner-runtime';

/** The item is finished (written), or the run must wait until `waitUntil` and come back to it. */
export type ItemOutcome = { waitUntil: Date } | { fatal: MessageRef } | null;

const now = () => new Date().toISOString();

// An export that stays pending (billomat unreachable) is looked at again a few times, then reported.
const MAX_PENDING_LOOKS = 5;
const pendingLooks = new Map<number, number>();

export function runItem(app: FastifyInstance, rt: RunnerRuntime) {
  const repo = billingRunsRepository(app.db);
  const exports = app.exports;

  const finish = (
    item: ItemRow,
    status: 'done' | 'skipped' | 'failed',
    values: { reason?: MessageRef | null; exp?: ExportRow },
  ) =>
    repo.updateItem(item.id, {
      status,
      reason: storeMessage(values.reason ?? null),
      retry_at: null,
      finished_at: now(),
      ...(values.exp
        ? {
            invoice_number: values.exp.invoice_number,
            total_net_cents: Number(values.exp.total_net_cents),
            total_gross_cents: Number(values.exp.total_gross_cents),
            currency: values.exp.currency,
          }
        : {}),
    });

  /** Wait for the next window when the last seen one cannot take this invoice's worst case. */
  async function budgetWait(requests: number): Promise<Date | null> {
    const last = await currentWindow(app);
    if (!last || last.remaining >= requests) return null;
    return new Date(last.resetAt.getTime() + rt.resetSlackMs);
  }

  /** The export exists: its state decides the item's. `err` is what posting it threw, if anything. */
  async function settle(item: ItemRow, exp: ExportRow, err?: unknown): Promise<ItemOutcome> {
    if (exp.status === 'pending') exp = (await exports.reconcile(exp.id))!;
    if (exp.status === 'created') {
      pendingLooks.delete(item.id);
      await finish(item, 'done', { reason: readMessage(exp.error), exp });
      return null;
    }
    if (exp.status === 'pending') {
      const looks = (pendingLooks.get(item.id) ?? 0) + 1;
      pendingLooks.set(item.id, looks);
      if (looks < MAX_PENDING_LOOKS) {
        const window = await currentWindow(app);
        // Every 5 s (sooner with a short BILLOMAT_TIMEOUT_MS), a little longer each time.
        const soon = Date.now() + Math.min(5_000, 2 * app.billomat.timeoutMs) * looks;
        return {
          waitUntil: new Date(Math.max(soon, window?.remaining === 0 ? window.resetAt.getTime() : 0)),
        };
      }
      pendingLooks.delete(item.id);
      const cause = readMessage(exp.error);
      await finish(item, 'failed', {
        reason: coded('BILLING_RUN_STILL_PENDING', cause ? { context: 'because', cause: nested(cause) } : {}),
      });
      return null;
    }
    if (exp.status === 'failed' && err instanceof AppError && err.code === 'BILLOMAT_RATE_LIMITED') {
      // billomat refused the POST (429): nothing was created; the SAME export is posted again later.
      const until = new Date((err.retryAt?.getTime() ?? Date.now() + 60_000) + rt.resetSlackMs);
      await repo.updateItem(item.id, { retry_at: until.toISOString() });
      return { waitUntil: until };
    }
    if (err instanceof AppError && (err.code === 'BILLOMAT_NOT_CONNECTED' || err.code === 'BILLOMAT_AUTH')) {
      await finish(item, 'failed', { reason: err.ref });
      return { fatal: err.ref };
    }
    await finish(item, 'failed', {
      reason:
        exp.status === 'undone'
          ? coded('BILLING_RUN_EXPORT_UNDONE')
          : (readMessage(exp.error) ?? coded('BILLING_RUN_NOT_CREATED')),
    });
    return null;
  }

  async function post(item: ItemRow, exp: ExportRow, send: () => Promise<unknown>): Promise<ItemOutcome> {
    let error: unknown;
    try {
      await send();
    } catch (err) {
      if (halted(rt, item.run_id)) throw err;
      error = err;
    }
    return settle(item, (await exports.status(exp.id))!, error);
  }

  /** An item met again: its export (recorded, or claimed just before a crash) is resolved first. */
  async function resume(run: RunRow, item: ItemRow): Promise<ExportRow | undefined> {
    if (item.export_id !== null) return exports.status(item.export_id);
    if (item.status !== 'running' || !item.started_at) return undefined;
    const orphan = await exports.latestSince(item.project_id, run.export_user_id, item.started_at);
    if (orphan) await repo.updateItem(item.id, { export_id: orphan.id });
    return orphan;
  }

  const skip = async (item: ItemRow, reason: MessageRef): Promise<ItemOutcome> => {
    await finish(item, 'skipped', { reason });
    return null;
  };

  return async function process(run: RunRow, item: ItemRow): Promise<ItemOutcome> {
    const existing = await resume(run, item);
    if (existing) {
      if (existing.status === 'failed' && item.retry_at) {
        const wait = new Date(item.retry_at);
        if (wait.getTime() > Date.now()) return { waitUntil: wait };
        // The retry looks for the invoice first (one GET), then posts.
        const budget = await budgetWait(requestsFor(existing.complete_in_billomat === 1) + 1);
        if (budget) return { waitUntil: budget };
        await repo.updateItem(item.id, { retry_at: null });
        return post(item, existing, () => exports.retryFailed(existing));
      }
      return settle(item, existing);
    }
    const plan = await planProject(app, item.project_id, {
      cutoffDate: run.cutoff_date,
      invoiceDate: run.invoice_date,
      draftsOnly: run.drafts_only === 1,
    });
    if (!plan) return skip(item, coded('BILLING_RUN_PROJECT_GONE'));
    if (plan.bookingCount === 0)
      return skip(item, coded('BILLING_RUN_NO_HOURS', { date: date(run.cutoff_date) }));
    const { computed } = plan;
    if (computed.blockers.length > 0 || !computed.stored) {
      return skip(item, joinMessages(computed.blockers) ?? coded('BILLING_RUN_NO_RATE'));
    }
    const budget = await budgetWait(requestsFor(computed.stored.complete));
    if (budget) return { waitUntil: budget };
    await repo.updateItem(item.id, {
      status: 'running',
      started_at: now(),
      billed_minutes: computed.preview.billedMinutes,
      total_net_cents: computed.preview.totalNetCents,
      total_gross_cents: computed.preview.totalGrossCents,
      currency: computed.preview.currency,
    });
    let exp: ExportRow;
    try {
      exp = await exports.claim(run.export_user_id, item.project_id, plan);
    } catch (err) {
      // Someone exported some of these hours in the meantime: nothing of this attempt remains.
      if (!(err instanceof AppError) || halted(rt, run.id)) throw err;
      return skip(item, err.ref);
    }
    if (halted(rt, run.id)) throw new Error('runner stopped');
    await repo.updateItem(item.id, { export_id: exp.id });
    return post(item, exp, () => exports.post(exp));
  };
}
