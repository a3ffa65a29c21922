import { formatBasisPointsDe } from '@plainstaff/contracts/money';
import type { BillableBooking } from './types';

export type PreviewWarningCode = 'NO_SELECTION' | 'UNPRICED_BOOKINGS' | 'VAT_OVERRIDE_IN_USE';

export interface PreviewWarning {
  code: PreviewWarningCode;
  /** German text for the preview; the web app may translate by code instead. */
  message: string;
  bookingIds?: number[];
}

export function previewWarnings(input: {
  selected: number;
  unpriced: readonly BillableBooking[];
  vatRateBasisPoints: number;
  vatOverrideBasisPoints: number | null;
}): PreviewWarning[] {
  const warnings: PreviewWarning[] = [];
  if (input.selected === 0) {
    warnings.push({ code: 'NO_SELECTION', message: 'Es sind keine Buchungen ausgewählt.' });
  }
  if (input.unpriced.length > 0) {
    const count = input.unpriced.length;
    warnings.push({
      code: 'UNPRICED_BOOKINGS',
      message: `${count === 1 ? '1 Buchung hat' : `${count} Buchungen haben`} keinen Stundensatz und ${count === 1 ? 'wird' : 'werden'} nicht abgerechnet.`,
      bookingIds: input.unpriced.map((booking) => booking.id),
    });
  }
  if (input.vatOverrideBasisPoints !== null) {
    warnings.push({
      code: 'VAT_OVERRIDE_IN_USE',
      message: `Das Projekt verwendet ${formatBasisPointsDe(input.vatOverrideBasisPoints)} % MwSt. statt ${formatBasisPointsDe(input.vatRateBasisPoints)} % aus der Integration.`,
    });
  }
  return warnings;
}
