import { coded, type MessageCode } from '@plainstaff/contracts/messages/catalog';
import type { CodedMessage, MessageParams } from '@plainstaff/contracts/messages';
import type { PreviewInput } from './input';
import { MAX_INVOICE_LINES } from './groups.repository';

export interface Issue extends CodedMessage {
  /** The bookings concerned (at most the first 100) and how many there are in all. */
  bookingIds?: number[];
  count?: number;
}

/** A blocker or warning: its code and params (texts: contracts messages/exports.de.ts), plus the bookings. */
export const issue = (
  code: MessageCode,
  params: MessageParams = {},
  bookings?: { bookingIds: number[]; count: number },
): Issue => ({ ...coded(code, params), ...bookings });

const list = (ids: number[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} …` : ids.join(', '));
const concerned = (ids: number[]) => ({ bookingIds: ids.slice(0, 100), count: ids.length });

/**
 * The customer's link is used only when it belongs to the connected account (issue 19): another
 * account's client id means nothing there, or another company. Archived and deleted clients are
 * refused before any request to billomat.
 */
function customerBlockers({ customer, settings }: PreviewInput): Issue[] {
  const name = customer.name;
  if (customer.billomatClientId === null) return [issue('CUSTOMER_NOT_LINKED', { customer: name })];
  if (settings && customer.billomatAccount !== null && customer.billomatAccount !== settings.billomatId) {
    return [
      issue('CUSTOMER_OTHER_ACCOUNT', {
        customer: name,
        account: customer.billomatAccount,
        connected: settings.billomatId,
      }),
    ];
  }
  if (customer.missingInBillomat) {
    return [issue('CUSTOMER_DELETED_IN_BILLOMAT', { context: 'preview', customer: name })];
  }
  if (customer.archived) return [issue('CUSTOMER_ARCHIVED', { customer: name })];
  return [];
}

/** Reasons the export cannot run, each with what to do about it. */
export function blockersOf(input: PreviewInput): Issue[] {
  const out: Issue[] = [];
  if (!input.settings) out.push(issue('BILLOMAT_NOT_CONNECTED'));
  out.push(...customerBlockers(input));
  const { notInProject: foreign, notOpen, notBillable } = input.problems;
  if (foreign.length) {
    out.push(issue('BOOKINGS_NOT_IN_PROJECT', { ids: list(foreign) }, concerned(foreign)));
  }
  if (notOpen.length) {
    out.push(issue('BOOKINGS_NOT_OPEN', { count: notOpen.length }, concerned(notOpen)));
  }
  if (notBillable.length) {
    out.push(issue('BOOKINGS_NOT_BILLABLE', { count: notBillable.length }, concerned(notBillable)));
  }
  if (input.grouped.lineCount > MAX_INVOICE_LINES) {
    const { lineCount } = input.grouped;
    out.push({ ...issue('TOO_MANY_LINES', { lines: lineCount, max: MAX_INVOICE_LINES }), count: lineCount });
  }
  return out;
}

export function customerWarnings(input: PreviewInput): Issue[] {
  if (input.customer.source === 'billomat') return [];
  return [issue('CUSTOMER_NOT_FROM_BILLOMAT', { customer: input.customer.name })];
}
