import { parseProvisionalInvoiceNumber } from '@plainstaff/contracts/invoice-number';
import { i18n } from './i18n';

/** An invoice's number as the UI shows it: billomat's number, or the provisional name in the UI language. */
export function invoiceNumberText<T extends string | null | undefined>(number: T): T | string {
  if (!number) return number;
  const provisional = parseProvisionalInvoiceNumber(number);
  if (!provisional) return number;
  const key = provisional.draft ? 'common:invoiceNumber.draft' : 'common:invoiceNumber.unnumbered';
  return i18n.t(key, { id: String(provisional.billomatId) });
}
