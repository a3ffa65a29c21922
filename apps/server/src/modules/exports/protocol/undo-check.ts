import { isBillomatError, type BillomatClient } from '@plainstaff/billomat';
import { mapBillomatErrors } from '../../../plugins/billomat';
import type { ExportRow } from '../exports.repository';
import { withinNotFoundGrace, type ExportCtx } from './runtime';
import { markUndone, noteUndoRequested } from './transitions';

/** The invoice's status in billomat, or null when it no longer exists there. */
export function invoiceStatusIn(client: BillomatClient, invoiceId: number): Promise<string | null> {
  return mapBillomatErrors(async () => {
    try {
      return (await client.invoices.get(invoiceId)).status;
    } catch (err) {
      if (isBillomatError(err) && err.kind === 'not_found') return null;
      throw err;
    }
  });
}

/**
 * An undo whose answer was lost: billomat deleted or cancelled the invoice → finish the undo; the
 * invoice still stands after the grace → the undo did not happen, forget it (the user may undo again);
 * billomat unreachable or still within the grace → look again later.
 */
export async function reconcileUndo(ctx: ExportCtx, client: BillomatClient, exp: ExportRow): Promise<void> {
  if (exp.status !== 'created' || exp.undo_requested_at === null || exp.billomat_invoice_id === null) return;
  let status: string | null;
  try {
    status = await invoiceStatusIn(client, Number(exp.billomat_invoice_id));
  } catch {
    return;
  }
  if (status === null || status === 'CANCELED') return markUndone(ctx.db, exp.id, status);
  if (!withinNotFoundGrace(ctx.rt, exp.undo_requested_at)) await noteUndoRequested(ctx.db, exp.id, null);
}
