import { z } from 'zod';
import { canonicalDecimal, decimalToCents } from './decimal';

// Every billomat value is a string; "" (sometimes null) means empty. Numbers are tolerated because
// other answers or future API versions may send them; anything else is a shape error.
const raw = z.union([z.string(), z.number(), z.null()]).optional();
const str = (v: string | number | null | undefined) =>
  v === null || v === undefined ? '' : String(v).trim();

/** Text, "" kept as "" (e.g. an empty company name). */
export const wText = raw.transform((v) => (v === null || v === undefined ? '' : String(v)));

/** Text that is null when empty. */
export const wOptText = raw.transform((v) => (str(v) === '' ? null : String(v)));

/** billomat booleans are "1"/"0" — "0" is truthy in JS, so never use Boolean(). */
export const wBool = raw.transform((v, ctx) => {
  const s = str(v);
  if (s === '1' || s.toLowerCase() === 'true') return true;
  if (s === '0' || s === '' || s.toLowerCase() === 'false') return false;
  ctx.addIssue({ code: 'custom', message: `not a boolean: ${s}` });
  return z.NEVER;
});

export const wOptInt = raw.transform((v, ctx) => {
  const s = str(v);
  if (s === '') return null;
  if (!/^-?\d+$/.test(s) || !Number.isSafeInteger(Number(s))) {
    ctx.addIssue({ code: 'custom', message: `not an integer: ${s}` });
    return z.NEVER;
  }
  return Number(s);
});

export const wId = wOptInt.refine((v) => v !== null && v > 0, 'id missing').transform((v) => v as number);

export const wOptDecimal = raw.transform((v, ctx) => {
  const s = str(v);
  if (s === '') return null;
  const d = canonicalDecimal(s);
  if (d === null) ctx.addIssue({ code: 'custom', message: `not a decimal: ${s}` });
  return d ?? z.NEVER;
});

/** Money as integer cents; an empty amount is 0 (billomat leaves totals "" only where nothing is due). */
export const wCents = raw.transform((v, ctx) => {
  const s = str(v);
  if (s === '') return 0;
  const c = decimalToCents(s);
  if (c === null) ctx.addIssue({ code: 'custom', message: `not an amount: ${s}` });
  return c ?? z.NEVER;
});

// "0000-00-00" and "0001-01-01T00:00:00+01:00" are billomat's "no date" sentinels.
export const wOptDate = raw.transform((v) => {
  const s = str(v);
  return s === '' || s.startsWith('0000-') || s.startsWith('0001-') ? null : s;
});
