// billomat reads numbers in invariant culture: '.' as decimal point, no thousands separator, minimal
// digits ("12", "14.28", "4615.5"). These helpers write exactly that from our integers.

/** Integer hundredths → minimal decimal string: 1250 → "12.5", 9500 → "95", 5 → "0.05". */
export function hundredthsToDecimalString(hundredths: number | bigint): string {
  const value = BigInt(hundredths);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  const fraction = digits.slice(-2).replace(/0+$/, '');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}${fraction ? `.${fraction}` : ''}`;
}

/** 9550 → "95.5" (unit_price). */
export const centsToDecimalString = hundredthsToDecimalString;
/** 125 → "1.25" (quantity). */
export const centiHoursToDecimalString = hundredthsToDecimalString;
/** 1950 → "19.5" (tax_rate, percent). */
export const basisPointsToDecimalString = hundredthsToDecimalString;
