import { formatBasisPointsDe } from '@plainstaff/contracts/money';

export type PreviewWarningCode = 'NO_SELECTION' | 'UNPRICED_BOOKINGS' | 'VAT_OVERRIDE_IN_USE';

export interface PreviewWarning {
  code: PreviewWarningCode;
  /** German text for the preview; the web app may translate by code instead. */
  message: string;
  bookingIds?: number[];
  count?: number;
}

export function previewWarnings(input: {
  selected: number;
  /** Selected bookings without a rate: how many, and the first ids. */
  unpriced: { count: number; ids: readonly number[] };
  vatRateBasisPoints: number;
  vatOverrideBasisPoints: number | null;
}): PreviewWarning[] {
  const warnings: PreviewWarning[] = [];
  if (input.selected === 0) {
    warnings.push({ code: 'NO_SELECTION', message: 'Es sind keine Buchungen ausgewählt.' });
  }
  const { count } = input.unpriced;
  if (count > 0) {
    warnings.push({
      code: 'UNPRICED_BOOKINGS',
      message: `${count === 1 ? '1 Buchung hat' : `${count} Buchungen haben`} keinen Stundensatz und ${count === 1 ? 'wird' : 'werden'} nicht abgerechnet.`,
      bookingIds: input.unpriced.ids.slice(0, 100),
      count,
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
