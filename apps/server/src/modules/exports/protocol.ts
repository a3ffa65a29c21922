import type { FastifyInstance } from 'fastify';
import { isBillomatError } from '@plainstaff/billomat';
import { AppError } from '../../errors';
import { toBillomatAppError } from '../../plugins/billomat';
import { OUTCOME_UNKNOWN } from './messages';
import { exportsRepository, type ExportRow } from './exports.repository';
import { exportClient, reconcileUnlocked } from './reconcile';
import { exportRuntime } from './runtime';
import { settleCreated, storedOptions } from './settle';
import { markFailed, notePending } from './transitions';

/**
 * One attempt of PRODUCT §5 step 2–3 for a claimed (pending) export: ONE POST with every line
 * nested and our reference in customfield. Never repeated after an unclear outcome: then we only
 * look (reconcile), once now and again at start-up or before a retry.
 */
export async function postInvoice(app: FastifyInstance, exp: ExportRow): Promise<ExportRow> {
  const rt = exportRuntime(app.db);
  const repo = exportsRepository(app.db);
  const client = await exportClient(app);
  if (!client) {
    await markFailed(app, exp.id, new AppError('BILLOMAT_NOT_CONNECTED').message);
    throw new AppError('BILLOMAT_NOT_CONNECTED');
  }
  let invoice;
  try {
    invoice = await client.invoices.create({ ...storedOptions(exp).invoice, customfield: exp.reference });
  } catch (err) {
    if (isBillomatError(err) && !err.outcomeUnknown) {
      // Definitely not executed (4xx, or a 429 that billomat refused): give the bookings back.
      await markFailed(app, exp.id, err.userMessage);
      throw toBillomatAppError(err);
    }
    app.log.warn({ err, exportId: exp.id }, 'export outcome unknown, reconciling');
    await notePending(app, exp.id, OUTCOME_UNKNOWN);
    await reconcileUnlocked(app, (await repo.find(exp.id))!);
    return (await repo.find(exp.id))!;
  }
  // A throw here (a simulated crash) leaves the export pending with reserved bookings: exactly the
  // state a dead process leaves behind, which the reconciler resolves by the reference.
  await rt.hooks.afterInvoiceCreated?.({ exportId: exp.id, invoice });
  await settleCreated(app, client, exp, invoice);
  return (await repo.find(exp.id))!;
}
