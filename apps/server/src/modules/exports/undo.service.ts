import type { FastifyInstance } from 'fastify';
import { isBillomatError } from '@plainstaff/billomat';
import { AppError } from '../../errors';
import { mapBillomatErrors } from '../../plugins/billomat';
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
    const status = await mapBillomatErrors(async () => {
      try {
        return (await client.invoices.get(invoiceId)).status;
      } catch (err) {
        // Already deleted in billomat: nothing left to undo there.
        if (isBillomatError(err) && err.kind === 'not_found') return null;
        throw err;
      }
    });
    if (status === 'DRAFT') await mapBillomatErrors(() => client.invoices.delete(invoiceId));
    else if (status !== null && status !== 'CANCELED')
      await mapBillomatErrors(() => client.invoices.cancel(invoiceId));
    await markUndone(app, exportId, status === 'DRAFT' || status === null ? null : 'CANCELED');
  });
  return (await exportsRepository(app.db).find(exportId))!;
}
