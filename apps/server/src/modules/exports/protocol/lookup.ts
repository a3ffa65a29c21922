import type { BillomatClient, Invoice } from '@plainstaff/billomat';
import { isBillomatError } from '@plainstaff/billomat';
import type { MessageRef } from '@plainstaff/contracts/messages';
import { coded } from '@plainstaff/contracts/messages/catalog';
import { exportsRepository, type ExportRow } from '../exports.repository';
import type { ExportCtx } from './runtime';
import { storedOptions } from './settle';

export type Lookup =
  { kind: 'found'; invoice: Invoice } | { kind: 'absent' } | { kind: 'ambiguous'; message: MessageRef };

/**
 * Where billomat keeps the invoice of an export, if anywhere:
 * 1. by the id we recorded (the POST answered, a later step failed);
 * 2. by our reference in customfield (billomat's filter is a substring search: compare exactly);
 * 3. accounts that ignore customfield on create: an invoice without customfield of the same client,
 *    date, label and net total that no other export owns — adopted only when it is the only one.
 */
export async function lookupInvoice(ctx: ExportCtx, client: BillomatClient, exp: ExportRow): Promise<Lookup> {
  if (exp.billomat_invoice_id !== null) {
    try {
      return { kind: 'found', invoice: await client.invoices.get(Number(exp.billomat_invoice_id)) };
    } catch (err) {
      if (isBillomatError(err) && err.kind === 'not_found') return { kind: 'absent' };
      throw err;
    }
  }
  const tagged = (await client.invoices.listAll({ customfield: exp.reference }))
    .filter((i) => i.customfield === exp.reference)
    .sort((a, b) => a.id - b.id);
  if (tagged[0]) return { kind: 'found', invoice: tagged[0] };

  const input = storedOptions(exp).invoice;
  const untagged = (
    await client.invoices.listAll({ clientId: input.clientId, from: exp.invoice_date, to: exp.invoice_date })
  ).filter(
    (i) =>
      !i.customfield &&
      i.date === exp.invoice_date &&
      (i.label ?? '') === (input.label ?? '') &&
      i.totalNetCents === Number(exp.total_net_cents),
  );
  const owned = await exportsRepository(ctx.db).ownedInvoiceIds(untagged.map((i) => i.id));
  const free = untagged.filter((i) => !owned.has(i.id));
  if (free.length === 1) return { kind: 'found', invoice: free[0]! };
  if (free.length > 1) {
    return {
      kind: 'ambiguous',
      message: coded('EXPORT_AMBIGUOUS_INVOICES', {
        count: free.length,
        numbers: free.map((i) => i.invoiceNumber ?? i.id).join(', '),
      }),
    };
  }
  return { kind: 'absent' };
}
