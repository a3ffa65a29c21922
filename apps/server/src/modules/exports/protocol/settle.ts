import { isBillomatError, type BillomatClient, type Invoice } from '@plainstaff/billomat';
import { nested, type MessageRef } from '@plainstaff/contracts/messages';
import { coded, type MessageCode } from '@plainstaff/contracts/messages/catalog';
import { joinMessages } from '../../../lib/stored-message';
import { billomatFailure } from '../../../plugins/billomat';
import type { ExportRow } from '../exports.repository';
import type { StoredExportOptions } from '../preview/invoice-input';
import type { ExportCtx } from './runtime';
import { markCreated, recordInvoice } from './transitions';

export const storedOptions = (exp: ExportRow) => JSON.parse(exp.options) as StoredExportOptions;

/** Runs a follow-up call; its billomat failure becomes a note (`code`, with billomat's failure as cause). */
async function note<T>(
  notes: MessageRef[],
  code: MessageCode,
  call: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (!isBillomatError(err)) throw err;
    notes.push(coded(code, { cause: nested(billomatFailure(err).ref) }));
    return undefined;
  }
}

/**
 * The invoice exists in billomat: remember it, make sure it carries our reference, complete it when
 * chosen, then bill the bookings. An invoice never stays without billed bookings: a failure before
 * the last step leaves the export pending for the reconciler, which ends here again.
 */
export async function settleCreated(
  ctx: ExportCtx,
  client: BillomatClient,
  exp: ExportRow,
  invoice: Invoice,
): Promise<void> {
  await recordInvoice(ctx.db, exp.id, invoice);
  const notes: MessageRef[] = [];
  // billomat may ignore customfield in the POST body; without it the reconciler could not find the invoice.
  if (invoice.customfield !== exp.reference) {
    await note(notes, 'EXPORT_REFERENCE_NOT_SAVED', () =>
      client.invoices.setCustomfield(invoice.id, exp.reference),
    );
  }
  let final: Invoice = invoice;
  const stored = storedOptions(exp);
  if (stored.complete && invoice.status === 'DRAFT') {
    const done = await note(notes, 'EXPORT_NOT_COMPLETED', async () => {
      await client.invoices.complete(
        invoice.id,
        stored.templateId === null ? {} : { templateId: stored.templateId },
      );
      return true;
    });
    // complete answers with an empty body. Reading the final number back would cost a request the
    // budget (PRODUCT: one per invoice, plus one to complete) does not have: it arrives with the next
    // status refresh (one request per 1,000 invoices), until then the invoice is named by its id.
    if (done) final = { ...invoice, status: 'OPEN', number: null };
  }
  const differs =
    invoice.totalNetCents !== Number(exp.total_net_cents) ||
    invoice.totalGrossCents !== Number(exp.total_gross_cents);
  if (differs) {
    // Stored on the export and shown to the user; logged so that an operator sees it across exports.
    ctx.log.warn(
      {
        exportId: exp.id,
        invoiceId: invoice.id,
        preview: { net: Number(exp.total_net_cents), gross: Number(exp.total_gross_cents) },
        billomat: { net: invoice.totalNetCents, gross: invoice.totalGrossCents },
      },
      'billomat computed other totals than the preview',
    );
  }
  await markCreated(ctx.db, exp, final, joinMessages(notes));
}
