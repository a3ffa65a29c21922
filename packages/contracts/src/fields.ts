import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';
import type { MessageCode } from './messages/catalog';
import {
  DURATION_FORMAT_MESSAGE,
  DURATION_RANGE_MESSAGE,
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  parseDurationDetailed,
} from './duration';
import { MAX_INPUT_CENTS, parseMoneyToCents, parseRatePercentToBasisPoints } from './money';

// Field schemas shared by forms and routes: a form sends what the user typed ("95,50", "1:30", "19,5"),
// the SPA sends the parsed integer, an API caller may send either. All end as integers.

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A number or a typed text, parsed to an integer; one message (token) per failure. */
function integerField(parse: (text: string) => number | null, message: string, min: number, max: number) {
  return z.union([z.number(), z.string()]).transform((value, ctx) => {
    const parsed = typeof value === 'number' ? value : parse(value);
    if (parsed === null || !Number.isInteger(parsed) || parsed < min || parsed > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return parsed;
  });
}

export const CentsField = integerField(parseMoneyToCents, messageToken('FIELD_AMOUNT'), 0, MAX_INPUT_CENTS);
export const OptionalCentsField = z.preprocess(blankToNull, CentsField.nullable());

export const MinutesField = z.union([z.number(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= MIN_DURATION_MINUTES && value <= MAX_DURATION_MINUTES)
      return value;
    ctx.addIssue({ code: 'custom', message: DURATION_RANGE_MESSAGE });
    return z.NEVER;
  }
  const result = parseDurationDetailed(value);
  if (result.ok) return result.minutes;
  ctx.addIssue({
    code: 'custom',
    message: result.reason === 'range' ? DURATION_RANGE_MESSAGE : DURATION_FORMAT_MESSAGE,
  });
  return z.NEVER;
});

/** Budgets in hours may exceed a day: whole minutes, up to 1,000,000 hours. */
export const BudgetMinutesField = z.preprocess(
  blankToNull,
  z
    .union([
      z.number().int().min(1).max(60_000_000),
      z.string().transform((v, ctx) => {
        const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(v.trim());
        if (!m) {
          ctx.addIssue({ code: 'custom', message: messageToken('FIELD_BUDGET_HOURS_FORMAT') });
          return z.NEVER;
        }
        return Number(m[1]) * 60 + Math.round((Number((m[2] ?? '0').padEnd(2, '0')) * 60) / 100);
      }),
    ])
    .nullable(),
);

export const BasisPointsField = integerField(
  parseRatePercentToBasisPoints,
  messageToken('FIELD_VAT_RATE'),
  0,
  10_000,
);
export const OptionalBasisPointsField = z.preprocess(blankToNull, BasisPointsField.nullable());

export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: messageToken('FIELD_TOO_LONG', { maximum: max }) })
    // Control characters other than line breaks and tabs have no place in business text.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), {
      error: messageToken('FIELD_CONTROL_CHARS'),
    })
    .default('');

/** `required`: the code of the message for an empty field (a field code of messages/fields.de.ts). */
export const RequiredText = (max: number, required: MessageCode) =>
  z
    .string({ error: messageToken(required) })
    .trim()
    .min(1, { error: messageToken(required) })
    .max(max, { error: messageToken('FIELD_TOO_LONG', { maximum: max }) })
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .refine((v) => !/[\u0000-\u001F\u007F]/.test(v), { error: messageToken('FIELD_CONTROL_CHARS') });
