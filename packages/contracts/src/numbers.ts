// German number formats of money, hours and rates, from integers only (exact for any safe integer).
// No zod here: the SPA's first load formats with these, and the schemas (money.ts, duration.ts, which
// re-export them) stay out of it.

/** 100000 → "100.000" (German thousands dots). */
export function formatIntegerDe(value: number | bigint): string {
  const v = BigInt(value);
  const digits = (v < 0n ? -v : v).toString().replace(/\B(?=(\d{3})+$)/g, '.');
  return v < 0n ? `-${digits}` : digits;
}

/** Integer hundredths → German fixed two-place text with thousands dots: 123450 → "1.234,50". Exact for any integer. */
export function formatHundredthsDe(hundredths: number | bigint): string {
  const value = BigInt(hundredths);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, '.');
  return `${negative ? '-' : ''}${whole},${digits.slice(-2)}`;
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

/** "€" for EUR; the ISO code itself where we know no symbol ("CHF"). */
export const currencySymbol = (currency: string): string => CURRENCY_SYMBOLS[currency] ?? currency;

/**
 * `123450` → `"1.234,50 €"`. Built from integer digits, not Intl on a float, so it is exact for any
 * safe integer. A plain space (not U+00A0) so the text equals what specs and tests write.
 */
export function formatCentsDe(cents: number | bigint, currency = 'EUR'): string {
  return `${formatHundredthsDe(cents)} ${CURRENCY_SYMBOLS[currency] ?? currency}`;
}

/** 1900 → "19", 1950 → "19,5", 725 → "7,25" (German, minimal digits). */
export function formatBasisPointsDe(basisPoints: number): string {
  return formatHundredthsDe(basisPoints).replace(/,?0+$/, '');
}

/**
 * Minutes → hundredths of an hour, rounded half up (90 → 150, 20 → 33, 10 → 17). This is the
 * quantity precision of an invoice line; exact for any safe integer.
 */
export function minutesToCentiHours(minutes: number): number {
  const sign = minutes < 0 ? -1 : 1;
  const abs = BigInt(Math.abs(minutes));
  // round(abs × 100 / 60) = floor((abs × 10 + 3) / 6); ties cannot occur (remainders 0, 1/3, 2/3).
  return sign * Number((abs * 10n + 3n) / 6n);
}

/** 90 → "1,50" (the number only; callers add " Std."). */
export function formatMinutesAsHours(minutes: number): string {
  return formatHundredthsDe(minutesToCentiHours(minutes));
}
