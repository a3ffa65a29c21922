import type { FastifyInstance } from 'fastify';
import { isBillomatError } from '@plainstaff/billomat';
import { AppError } from '../../errors';
import { mapBillomatErrors, toBillomatAppError } from '../../plugins/billomat';
import { exportsRepository, type ExportRow } from './exports.repository';
import { reconcileExport } from './reconcile';
import { exportRuntime, singleFlight } from './runtime';
import { markUndone } from './transitions';

/**
 * Undo (PRODUCT §5.4): a draft is deleted in billomat, anything completed is cancelled there (the UI
 * asks first); only then are the bookings released. A billomat failure changes nothing here.
 */
export async function undoExport(app: FastifyInstance, exportId: number): Promise<ExportRow> {
  let exp = await exportsRepository(app.db).find(exportId);
  if (exp?.status === 'pending') exp = await reconcileExport(app, exportId);
  if (!exp) throw new AppError('NOT_FOUND', 'Diesen Export gibt es nicht.');
  if (exp.status === 'pending') throw new AppError('EXPORT_OUTCOME_UNKNOWN');
  if (exp.status !== 'created' || exp.billomat_invoice_id === null) throw new AppError('EXPORT_NOT_UNDOABLE');
  const invoiceId = Number(exp.billomat_invoice_id);
  await singleFlight(exportRuntime(app.db), exportId, async () => {
    const client = await app.billomat.client(exportRuntime(app.db).tuning);
    const currentStatus = () =>
      mapBillomatErrors(async () => {
        try {
          return (await client.invoices.get(invoiceId)).status;
        } catch (err) {
          // Already deleted in billomat: nothing left to undo there.
          if (isBillomatError(err) && err.kind === 'not_found') return null;
          throw err;
        }
      });
    const status = await currentStatus();
    const change = status === 'DRAFT' ? 'delete' : status !== null && status !== 'CANCELED' ? 'cancel' : null;
    if (change) {
      try {
        await client.invoices[change](invoiceId);
      } catch (err) {
        // The answer was lost, not necessarily the change: look once more before deciding.
        if (!isBillomatError(err) || !err.outcomeUnknown) throw toBillomatAppError(err);
        const after = await currentStatus().catch(() => {
          throw new AppError('EXPORT_UNDO_OUTCOME_UNKNOWN');
        });
        if (after !== null && after !== 'CANCELED') throw new AppError('EXPORT_UNDO_OUTCOME_UNKNOWN');
      }
    }
    await markUndone(app, exportId, status === 'DRAFT' || status === null ? null : 'CANCELED');
  });
  return (await exportsRepository(app.db).find(exportId))!;
}
