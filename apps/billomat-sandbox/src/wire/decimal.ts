// billomat sends and accepts decimals as strings ("12.5", "1427.5"); the sandbox computes with scaled
// bigints so totals match billomat to the cent instead of drifting with binary floats.
const DIGITS = 12;
const SCALE = 10n ** BigInt(DIGITS);

export type Dec = bigint;

export const ZERO: Dec = 0n;

export function parseDec(input: unknown): Dec | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(String(input).trim());
  if (!m || (m[2] === '' && !m[3])) return null;
  const frac = (m[3] ?? '').padEnd(DIGITS, '0').slice(0, DIGITS);
  const value = BigInt(m[2] || '0') * SCALE + BigInt(frac);
  return m[1] ? -value : value;
}

export function decOf(n: number | string): Dec {
  const d = parseDec(n);
  if (d === null) throw new Error(`not a decimal: ${n}`);
  return d;
}

/** Integer division rounding half away from zero. */
export function divRound(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return neg ? -q : q;
}

export const mul = (a: Dec, b: Dec): Dec => divRound(a * b, SCALE);
export const div = (a: Dec, b: Dec): Dec => divRound(a * SCALE, b);
export const pct = (a: Dec, rate: Dec): Dec => divRound(a * rate, 100n * SCALE);

export function round(a: Dec, dp: number): Dec {
  const unit = 10n ** BigInt(DIGITS - dp);
  return divRound(a, unit) * unit;
}

/** billomat's minimal rendering: "12", "14.28", "1427.5", "271.225". */
export function fmt(a: Dec, maxDp = 6): string {
  const r = round(a, maxDp);
  const neg = r < 0n;
  const abs = neg ? -r : r;
  const int = abs / SCALE;
  const frac = (abs % SCALE).toString().padStart(DIGITS, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}
