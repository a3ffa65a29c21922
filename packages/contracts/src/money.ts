import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';

// Money is integer cents, VAT rates integer basis points (19,5 % = 1950). Inputs are German first:
// decimal comma, optional thousands dots. A single dot followed by exactly one or two digits is read
// as a decimal point ("95.5", "1234.50"), because that is what people paste from other tools; a dot
// followed by three digits is a thousands separator ("1.234" = 1234,00). Anything ambiguous
// ("1,234.50", "1.234.5", "95,555") is rejected rather than guessed.

const GERMAN_AMOUNT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
const DOT_DECIMAL_AMOUNT = /^(\d+)\.(\d{1,2})$/;
const CURRENCY_SUFFIX = /\s*(?:€|eur)$/i;

/** Largest amount accepted from an input: 99.999.999,99 — keeps every sum far from 2^53. */
export const MAX_INPUT_CENTS = 9_999_999_999;

/** Decimal digits after the comma, right-padded to two places, as an integer ("5" → 50). */
function twoPlaces(fraction: string | undefined): number {
  return fraction === undefined ? 0 : Number(fraction.padEnd(2, '0'));
}

/** `"1.234,50"` → 123450; null when the text is not a non-negative amount with at most two decimals. */
export function parseMoneyToCents(input: string): number | null {
  const text = input.trim().replace(CURRENCY_SUFFIX, '');
  const match = GERMAN_AMOUNT.exec(text) ?? DOT_DECIMAL_AMOUNT.exec(text);
  if (!match) return null;
  const euros = Number((match[1] ?? '').replaceAll('.', ''));
  const cents = euros * 100 + twoPlaces(match[2]);
  return Number.isSafeInteger(cents) && cents <= MAX_INPUT_CENTS ? cents : null;
}

export const MoneyInputSchema = z.string().transform((value, ctx) => {
  const cents = parseMoneyToCents(value);
  if (cents === null) {
    ctx.addIssue({ code: 'custom', message: messageToken('FIELD_AMOUNT') });
    return z.NEVER;
  }
  return cents;
});

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/;

/** `"19,5"` → 1950; 0–100 % with at most two decimals, otherwise null. */
export function parseRatePercentToBasisPoints(input: string): number | null {
  const match = PERCENT.exec(input.trim());
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + twoPlaces(match[2]);
  return basisPoints <= 10_000 ? basisPoints : null;
}

export const VatRateInputSchema = z.string().transform((value, ctx) => {
  const basisPoints = parseRatePercentToBasisPoints(value);
  if (basisPoints === null) {
    ctx.addIssue({
      code: 'custom',
      message: messageToken('FIELD_VAT_RATE'),
    });
    return z.NEVER;
  }
  return basisPoints;
});

// The formats live in numbers.ts (no zod, so the SPA's first load can use them); here for the schemas' users.
export {
  currencySymbol,
  formatBasisPointsDe,
  formatCentsDe,
  formatHundredthsDe,
  formatIntegerDe,
} from './numbers';
