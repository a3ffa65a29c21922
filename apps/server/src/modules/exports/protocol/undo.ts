import { isBillomatError } from '@plainstaff/billomat';
import { AppError } from '../../../errors';
import { toBillomatAppError } from '../../../plugins/billomat';
import { exportsRepository, type ExportRow } from '../exports.repository';
import { reconcileExport } from './reconcile';
import { singleFlight, type ExportCtx } from './runtime';
import { markUndone, noteUndoRequested } from './transitions';
import { invoiceStatusIn } from './undo-check';

/**
 * Undo (PRODUCT §5.4): a draft is deleted in billomat, anything completed is cancelled there (the UI
 * asks first); only then are the bookings released. A billomat failure changes nothing here.
 */
export async function undoExport(ctx: ExportCtx, exportId: number): Promise<ExportRow> {
  const repo = exportsRepository(ctx.db);
  let exp = await repo.find(exportId);
  if (exp?.status === 'pending') exp = await reconcileExport(ctx, exportId);
  if (!exp) throw new AppError('NOT_FOUND', { context: 'export' });
  if (exp.status === 'pending') throw new AppError('EXPORT_OUTCOME_UNKNOWN');
  if (exp.status !== 'created' || exp.billomat_invoice_id === null) throw new AppError('EXPORT_NOT_UNDOABLE');
  const invoiceId = Number(exp.billomat_invoice_id);
  await singleFlight(ctx.rt, exportId, async () => {
    const client = await ctx.billomat.clientForAccount(exp.billomat_account, ctx.rt.tuning);
    const status = await invoiceStatusIn(client, invoiceId);
    const change = status === 'DRAFT' ? 'delete' : status !== null && status !== 'CANCELED' ? 'cancel' : null;
    if (change) {
      // Noted before the request leaves: a process that dies after billomat carried the change out, but
      // before it could record it, leaves this note, and the reconciler of any instance finishes the
      // undo (without it the bookings stayed billed on a deleted invoice).
      await noteUndoRequested(ctx.db, exportId, new Date().toISOString());
      try {
        await client.invoices[change](invoiceId);
      } catch (err) {
        if (!isBillomatError(err) || !err.outcomeUnknown) {
          // Refused: nothing changed in billomat; an earlier unclear undo stays noted as it was.
          await noteUndoRequested(ctx.db, exportId, exp.undo_requested_at);
          throw toBillomatAppError(err);
        }
        // The answer was lost, not necessarily the change: remember the undo, look once more now, and
        // let the reconciler finish it if billomat carries it out later.
        await noteUndoRequested(ctx.db, exportId, new Date().toISOString());
        const after = await invoiceStatusIn(client, invoiceId).catch(() => 'unknown');
        if (after !== null && after !== 'CANCELED') throw new AppError('EXPORT_UNDO_OUTCOME_UNKNOWN');
      }
    }
    await markUndone(ctx.db, exportId, status === 'DRAFT' || status === null ? null : 'CANCELED');
  });
  return (await repo.find(exportId))!;
}
