import { isBillomatError, type BillomatClient } from '@plainstaff/billomat';
import { AppError } from '../../../errors';
import { exportsRepository, type ExportRow } from '../exports.repository';
import { lookupInvoice } from './lookup';
import { billomatFailure } from '../../../plugins/billomat';
import { NOT_CONNECTED_PENDING, NOT_CREATED, otherAccountPending, outcomeUnknownBecause } from './messages';
import { singleFlight, withinNotFoundGrace, type ExportCtx } from './runtime';
import { settleCreated } from './settle';
import { markFailed, notePending } from './transitions';
import { reconcileUndo } from './undo-check';

export type ExportClient =
  { client: BillomatClient; refused?: never } | { client?: never; refused: AppError };

/**
 * A client for the account the export belongs to, or why there is none: billomat is not connected,
 * or another account is connected now (its key must not see this export's invoice).
 */
export async function exportClient(ctx: ExportCtx, exp: ExportRow): Promise<ExportClient> {
  try {
    return { client: await ctx.billomat.clientForAccount(exp.billomat_account, ctx.rt.tuning) };
  } catch (err) {
    if (err instanceof AppError) return { refused: err };
    throw err;
  }
}

const pendingBecause = (refused: AppError) =>
  refused.code === 'BILLOMAT_ACCOUNT_CHANGED' ? otherAccountPending(refused.ref) : NOT_CONNECTED_PENDING;

/**
 * Resolves one pending export by looking in billomat (never by posting):
 * found → settled as created (customfield set, completed when chosen, bookings billed);
 * definitely absent → failed, bookings released (a retry re-posts under the SAME reference);
 * billomat unreachable or the answer ambiguous → stays pending.
 */
export async function reconcileUnlocked(ctx: ExportCtx, exp: ExportRow): Promise<void> {
  if (exp.status !== 'pending') return;
  const { client, refused } = await exportClient(ctx, exp);
  if (refused) return notePending(ctx.db, exp.id, pendingBecause(refused));
  try {
    const found = await lookupInvoice(ctx, client, exp);
    if (found.kind === 'found') await settleCreated(ctx, client, exp, found.invoice);
    else if (found.kind === 'ambiguous') await notePending(ctx.db, exp.id, found.message);
    // Absent, but the POST may still be processed: judge again after the grace (the sweep, a retry).
    else if (withinNotFoundGrace(ctx.rt, exp.updated_at)) return;
    else await markFailed(ctx.db, exp.id, NOT_CREATED);
  } catch (err) {
    if (!isBillomatError(err)) throw err;
    await notePending(ctx.db, exp.id, outcomeUnknownBecause(billomatFailure(err).ref));
  }
}

export async function reconcileExport(ctx: ExportCtx, exportId: number): Promise<ExportRow | undefined> {
  const repo = exportsRepository(ctx.db);
  await singleFlight(ctx.rt, exportId, async () => {
    const exp = await repo.find(exportId);
    if (exp) await reconcileUnlocked(ctx, exp);
  });
  return repo.find(exportId);
}

/**
 * Looks up pending exports in billomat. Explicit calls (tests, an operator) take every pending export;
 * the background sweep passes `olderThanMs`, so that with several server instances on one database it
 * never judges an export another instance is still posting: that instance's own protocol run ends
 * within the client timeout, well inside the lease.
 */
export async function reconcilePending(
  ctx: ExportCtx,
  opts: { olderThanMs?: number } = {},
): Promise<{ checked: number }> {
  const repo = exportsRepository(ctx.db);
  const before = opts.olderThanMs ? new Date(Date.now() - opts.olderThanMs).toISOString() : undefined;
  const ids = await repo.pendingIds(before);
  for (const id of ids) {
    try {
      await reconcileExport(ctx, id);
    } catch (err) {
      ctx.log.error({ err, exportId: id }, 'reconciling export failed');
    }
  }
  const undos = await repo.undoRequestedIds();
  for (const id of undos) {
    await singleFlight(ctx.rt, id, async () => {
      const exp = await repo.find(id);
      const { client } = exp ? await exportClient(ctx, exp) : {};
      if (exp && client) await reconcileUndo(ctx, client, exp);
    }).catch((err: unknown) => ctx.log.error({ err, exportId: id }, 'reconciling an undo failed'));
  }
  return { checked: ids.length + undos.length };
}
