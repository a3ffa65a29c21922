import { formatIntegerDe } from '@plainstaff/contracts/money';
import type { PreviewInput } from './input';
import { MAX_INVOICE_LINES } from './groups.repository';

export interface Issue {
  code: string;
  message: string;
  /** The bookings concerned (at most the first 100) and how many there are in all. */
  bookingIds?: number[];
  count?: number;
}

const list = (ids: number[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} …` : ids.join(', '));

/**
 * The customer's link is used only when it belongs to the connected account (issue 19): another
 * account's client id means nothing there, or another company. Archived and deleted clients are
 * refused before any request to billomat.
 */
function customerBlockers({ customer, settings }: PreviewInput): Issue[] {
  const name = customer.name;
  if (customer.billomatClientId === null) {
    return [
      {
        code: 'CUSTOMER_NOT_LINKED',
        message: `Der Kunde „${name}“ ist nicht mit billomat verknüpft. Bitte importieren Sie die Kunden über den Doppelpfeil „Kunden aus billomat importieren“ im Projektdialog und wählen Sie dort den importierten Kunden.`,
      },
    ];
  }
  if (settings && customer.billomatAccount !== null && customer.billomatAccount !== settings.billomatId) {
    return [
      {
        code: 'CUSTOMER_OTHER_ACCOUNT',
        message: `Der Kunde „${name}“ stammt aus dem billomat-Konto „${customer.billomatAccount}“. Bitte importieren Sie die Kunden des verbundenen Kontos „${settings.billomatId}“ über den Doppelpfeil im Projektdialog und ordnen Sie dem Projekt den importierten Kunden zu.`,
      },
    ];
  }
  if (customer.missingInBillomat) {
    return [
      {
        code: 'CUSTOMER_DELETED_IN_BILLOMAT',
        message: `Der Kunde „${name}“ wurde in billomat gelöscht. Bitte ordnen Sie dem Projekt einen vorhandenen Kunden zu oder legen Sie ihn in billomat neu an und importieren Sie die Kunden erneut.`,
      },
    ];
  }
  if (customer.archived) {
    return [
      {
        code: 'CUSTOMER_ARCHIVED',
        message: `Der Kunde „${name}“ ist in billomat archiviert. Bitte stellen Sie ihn in billomat wieder her und importieren Sie die Kunden erneut, oder ordnen Sie dem Projekt einen aktiven Kunden zu.`,
      },
    ];
  }
  return [];
}

/** Reasons the export cannot run, each with what to do about it. */
export function blockersOf(input: PreviewInput): Issue[] {
  const out: Issue[] = [];
  if (!input.settings) {
    out.push({
      code: 'BILLOMAT_NOT_CONNECTED',
      message:
        'billomat ist nicht verbunden. Bitte verbinden Sie billomat unter Administration › Integrationen.',
    });
  }
  out.push(...customerBlockers(input));
  const { notInProject: foreign, notOpen, notBillable } = input.problems;
  if (foreign.length) {
    out.push({
      code: 'BOOKINGS_NOT_IN_PROJECT',
      message: `Buchungen gehören nicht zu diesem Projekt (${list(foreign)}). Bitte laden Sie die Auswahl neu.`,
      bookingIds: foreign.slice(0, 100),
      count: foreign.length,
    });
  }
  if (notOpen.length) {
    out.push({
      code: 'BOOKINGS_NOT_OPEN',
      message: `${notOpen.length} ausgewählte Buchung(en) sind bereits abgerechnet oder in einem laufenden Export. Bitte entfernen Sie sie aus der Auswahl.`,
      bookingIds: notOpen.slice(0, 100),
      count: notOpen.length,
    });
  }
  if (notBillable.length) {
    out.push({
      code: 'BOOKINGS_NOT_BILLABLE',
      message: `${notBillable.length} ausgewählte Buchung(en) sind als nicht abrechenbar markiert. Bitte entfernen Sie sie aus der Auswahl.`,
      bookingIds: notBillable.slice(0, 100),
      count: notBillable.length,
    });
  }
  if (input.grouped.lineCount > MAX_INVOICE_LINES) {
    out.push({
      code: 'TOO_MANY_LINES',
      message: `Die Rechnung hätte ${formatIntegerDe(input.grouped.lineCount)} Positionen. Bitte gruppieren Sie die Buchungen (z. B. nach Monat und Task), damit es höchstens ${formatIntegerDe(MAX_INVOICE_LINES)} werden.`,
      count: input.grouped.lineCount,
    });
  }
  return out;
}

export function customerWarnings(input: PreviewInput): Issue[] {
  if (input.customer.source === 'billomat') return [];
  return [
    {
      code: 'CUSTOMER_NOT_FROM_BILLOMAT',
      message: `Der Kunde „${input.customer.name}“ wurde nicht aus billomat importiert. Bitte importieren Sie die Kunden aus billomat und ordnen Sie dem Projekt den importierten Kunden zu.`,
    },
  ];
}
