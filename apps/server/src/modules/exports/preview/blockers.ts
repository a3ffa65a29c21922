import type { PreviewInput } from './input';

export interface Issue {
  code: string;
  message: string;
  bookingIds?: number[];
}

const list = (ids: number[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} …` : ids.join(', '));

/** Reasons the export cannot run, each with what to do about it. */
export function blockersOf(input: PreviewInput, selectedIds: readonly number[]): Issue[] {
  const out: Issue[] = [];
  if (!input.settings) {
    out.push({
      code: 'BILLOMAT_NOT_CONNECTED',
      message:
        'billomat ist nicht verbunden. Bitte verbinden Sie billomat unter Administration › Integrationen.',
    });
  }
  if (input.customer.billomatClientId === null) {
    out.push({
      code: 'CUSTOMER_NOT_LINKED',
      message: `Der Kunde „${input.customer.name}“ ist nicht mit billomat verknüpft. Bitte importieren Sie die Kunden über den Doppelpfeil „Kunden aus billomat importieren“ im Projektdialog und wählen Sie dort den importierten Kunden.`,
    });
  }
  const found = new Map(input.selection.map((b) => [b.id, b]));
  const foreign = selectedIds.filter((id) => found.get(id)?.project_id !== input.project.id);
  const rows = input.selection.filter((b) => b.project_id === input.project.id);
  const notOpen = rows.filter((b) => b.billing_state !== 'open').map((b) => b.id);
  const notBillable = rows.filter((b) => b.billable !== 1).map((b) => b.id);
  if (foreign.length) {
    out.push({
      code: 'BOOKINGS_NOT_IN_PROJECT',
      message: `Buchungen gehören nicht zu diesem Projekt (${list(foreign)}). Bitte laden Sie die Auswahl neu.`,
      bookingIds: foreign,
    });
  }
  if (notOpen.length) {
    out.push({
      code: 'BOOKINGS_NOT_OPEN',
      message: `${notOpen.length} ausgewählte Buchung(en) sind bereits abgerechnet oder in einem laufenden Export. Bitte entfernen Sie sie aus der Auswahl.`,
      bookingIds: notOpen,
    });
  }
  if (notBillable.length) {
    out.push({
      code: 'BOOKINGS_NOT_BILLABLE',
      message: `${notBillable.length} ausgewählte Buchung(en) sind als nicht abrechenbar markiert. Bitte entfernen Sie sie aus der Auswahl.`,
      bookingIds: notBillable,
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
