import type { Invoice } from '@plainstaff/billomat';
import { provisionalInvoiceNumber } from '@plainstaff/contracts/invoice-number';

/**
 * What PlainStaff shows as an invoice's number. A billomat draft has no number yet: its
 * `invoice_number` is only the next free number, the same for every draft (`number` is empty), so
 * storing it would give several invoices one number. Drafts are labelled by their billomat id until
 * the final number is known (after completing, or from the status refresh).
 */
export function invoiceNumberLabel(
  invoice: Pick<Invoice, 'id' | 'invoiceNumber' | 'number' | 'status'>,
): string {
  if (invoice.number !== null && invoice.number !== undefined && invoice.invoiceNumber) {
    return invoice.invoiceNumber;
  }
  return provisionalInvoiceNumber(invoice.status === 'DRAFT', invoice.id);
}
