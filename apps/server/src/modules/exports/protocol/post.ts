import { isBillomatError, type BillomatClient, type BillomatError } from '@plainstaff/billomat';
import { AppError } from '../../../errors';
import { billomatFailure, toBillomatAppError } from '../../../plugins/billomat';
import { exportsRepository, type ExportRow } from '../exports.repository';
import { OUTCOME_UNKNOWN } from './messages';
import { exportClient, reconcileUnlocked } from './reconcile';
import type { ExportCtx } from './runtime';
import { settleCreated, storedOptions } from './settle';
import { markFailed, markFailedClientGone, notePending } from './transitions';

/**
 * billomat refused the invoice (400 for an unknown client_id, or 404): is it because the client was
 * deleted there? One look at the client, only on this failure path; any other answer says no.
 */
async function clientGone(client: BillomatClient, err: BillomatError, clientId: number): Promise<boolean> {
  if (err.status !== 400 && err.status !== 404) return false;
  try {
    await client.clients.get(clientId);
    return false;
  } catch (lookErr) {
    return isBillomatError(lookErr) && lookErr.status === 404;
  }
}

/**
 * One attempt of PRODUCT §5 step 2–3 for a claimed (pending) export: ONE POST with every line
 * nested and our reference in customfield. Never repeated after an unclear outcome: then we only
 * look (reconcile), once now and again at start-up or before a retry.
 */
export async function postInvoice(ctx: ExportCtx, exp: ExportRow): Promise<ExportRow> {
  const repo = exportsRepository(ctx.db);
  const { client, refused } = await exportClient(ctx, exp);
  if (refused) {
    // Nothing was sent: the bookings are free again.
    await markFailed(ctx.db, exp.id, refused.ref);
    throw refused;
  }
  let invoice;
  const request = storedOptions(exp).invoice;
  try {
    invoice = await client.invoices.create({ ...request, customfield: exp.reference });
  } catch (err) {
    if (isBillomatError(err) && !err.outcomeUnknown && (await clientGone(client, err, request.clientId))) {
      const gone = new AppError('CUSTOMER_DELETED_IN_BILLOMAT');
      await markFailedClientGone(ctx.db, exp, request.clientId, gone.ref);
      throw gone;
    }
    if (isBillomatError(err) && !err.outcomeUnknown) {
      // Definitely not executed (4xx, or a 429 that billomat refused): give the bookings back.
      await markFailed(ctx.db, exp.id, billomatFailure(err).ref);
      throw toBillomatAppError(err);
    }
    ctx.log.warn({ err, exportId: exp.id }, 'export outcome unknown, reconciling');
    await notePending(ctx.db, exp.id, OUTCOME_UNKNOWN);
    await reconcileUnlocked(ctx, (await repo.find(exp.id))!);
    return (await repo.find(exp.id))!;
  }
  // A throw here (a simulated crash) leaves the export pending with reserved bookings: exactly the
  // state a dead process leaves behind, which the reconciler resolves by the reference.
  await ctx.rt.hooks.afterInvoiceCreated?.({ exportId: exp.id, invoice });
  await settleCreated(ctx, client, exp, invoice);
  return (await repo.find(exp.id))!;
}
