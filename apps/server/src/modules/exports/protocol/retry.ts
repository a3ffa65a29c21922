import { isBillomatError, isBillomatRateLimitError } from '@plainstaff/billomat';
import { billomatFailure, toBillomatAppError } from '../../../plugins/billomat';
import type { ExportRow } from '../exports.repository';
import { lookupInvoice } from './lookup';
import { outcomeUnknownBecause } from './messages';
import { postInvoice } from './post';
import { exportClient } from './reconcile';
import type { ExportCtx } from './runtime';
import { settleCreated } from './settle';
import { markFailed, notePending } from './transitions';

/**
 * A re-claimed export is posted again under the SAME reference, but only after one more look: a POST
 * that timed out earlier may have landed late, and then that invoice is the export's invoice.
 * Why the same reference: a late earlier POST and the new one then carry one key, so the look before
 * posting adopts the late one, and a duplicate that still slips through (the late POST landing between
 * our look and our POST) is visible as two invoices with one reference instead of an untraceable one.
 * A new reference would hide exactly that case.
 */
export async function retryClaimed(ctx: ExportCtx, exp: ExportRow): Promise<void> {
  const { client } = await exportClient(ctx, exp);
  // postInvoice fails the attempt with the reason, before any request.
  if (!client) return void (await postInvoice(ctx, exp));
  try {
    const found = await lookupInvoice(ctx, client, exp);
    if (found.kind === 'found') return await settleCreated(ctx, client, exp, found.invoice);
    if (found.kind === 'ambiguous') return await notePending(ctx.db, exp.id, found.message);
  } catch (err) {
    if (!isBillomatError(err)) throw err;
    // billomat's window is used up: nothing was sent in this attempt, so it failed as it was before.
    if (isBillomatRateLimitError(err)) {
      await markFailed(ctx.db, exp.id, billomatFailure(err).ref);
      throw toBillomatAppError(err);
    }
    // Cannot look, so must not post: the reconciler decides later.
    return await notePending(ctx.db, exp.id, outcomeUnknownBecause(billomatFailure(err).ref));
  }
  await postInvoice(ctx, exp);
}
