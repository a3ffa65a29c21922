// Money and quantities are decimal strings on the wire ("4615.5"). They stay decimal strings or become
// integer cents — never binary floats, whose rounding would drift from billomat's totals.
const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

export type DecimalString = string;

/** Minimal canonical form: "012.50" → "12.5", "-0" → "0". Returns null for non-decimals. */
export function canonicalDecimal(raw: string): DecimalString | null {
  const m = DECIMAL_RE.exec(raw.trim());
  if (!m) return null;
  const int = (m[2] ?? '0').replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return m[1] && /[1-9]/.test(body) ? `-${body}` : body;
}

/**
 * Integer cents, rounded half away from zero when billomat sends more than two decimals
 * (its `*_plain` amounts do; the rounded totals never need it).
 */
export function decimalToCents(raw: string): number | null {
  const m = DECIMAL_RE.exec(raw.trim());
  if (!m) return null;
  const frac = (m[3] ?? '').padEnd(3, '0');
  let cents = BigInt(m[2] ?? '0') * 100n + BigInt(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) cents += 1n;
  const value = Number(cents);
  if (!Number.isSafeInteger(value)) return null;
  return m[1] && value !== 0 ? -value : value;
}

export function centsToDecimal(cents: number): DecimalString {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  return (
    canonicalDecimal(`${neg ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`) ?? '0'
  );
}

/**
 * What we send: integer hundredths (cents, hundredths of an hour, basis points) as billomat's minimal
 * invariant decimal: 1250 → "12.5", 9500 → "95", 5 → "0.05", 1950 → "19.5".
 */
export function hundredthsToDecimal(hundredths: number, field: string): DecimalString {
  if (!Number.isSafeInteger(hundredths)) throw new TypeError(`${field} must be an integer`);
  return centsToDecimal(hundredths);
}
