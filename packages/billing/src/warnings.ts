import { percent, type CodedMessage } from '@plainstaff/contracts/messages';
import { coded } from '@plainstaff/contracts/messages/catalog';

export type PreviewWarningCode = 'NO_SELECTION' | 'UNPRICED_BOOKINGS' | 'VAT_OVERRIDE_IN_USE';

/** A coded message (texts: contracts messages/exports.de.ts) and the bookings concerned. */
export interface PreviewWarning extends CodedMessage {
  code: PreviewWarningCode;
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
    warnings.push({ ...coded('NO_SELECTION'), code: 'NO_SELECTION' });
  }
  const { count } = input.unpriced;
  if (count > 0) {
    warnings.push({
      ...coded('UNPRICED_BOOKINGS', { count }),
      code: 'UNPRICED_BOOKINGS',
      bookingIds: input.unpriced.ids.slice(0, 100),
      count,
    });
  }
  if (input.vatOverrideBasisPoints !== null) {
    const params = {
      override: percent(input.vatOverrideBasisPoints),
      integration: percent(input.vatRateBasisPoints),
    };
    warnings.push({ ...coded('VAT_OVERRIDE_IN_USE', params), code: 'VAT_OVERRIDE_IN_USE' });
  }
  return warnings;
}
