import { z } from 'zod';
import { DurationInputSchema, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from './duration';
import { MAX_INPUT_CENTS, MoneyInputSchema, VatRateInputSchema } from './money';

// Field schemas shared by forms and routes: a form sends what the user typed ("95,50", "1:30", "19,5"),
// the SPA sends the parsed integer, an API caller may send either. All end as integers.

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const CentsField = z.union([
  z.number().int().min(0, { error: 'Der Betrag darf nicht negativ sein.' }).max(MAX_INPUT_CENTS),
  MoneyInputSchema,
]);
export const OptionalCentsField = z.preprocess(blankToNull, CentsField.nullable());

export const MinutesField = z.union([
  z
    .number()
    .int()
    .min(MIN_DURATION_MINUTES, { error: 'Die Dauer muss zwischen 1 Minute und 24 Stunden liegen.' })
    .max(MAX_DURATION_MINUTES, { error: 'Die Dauer muss zwischen 1 Minute und 24 Stunden liegen.' }),
  DurationInputSchema,
]);

/** Budgets in hours may exceed a day: whole minutes, up to 1,000,000 hours. */
export const BudgetMinutesField = z.preprocess(
  blankToNull,
  z
    .union([
      z.number().int().min(1).max(60_000_000),
      z.string().transform((v, ctx) => {
        const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(v.trim());
        if (!m) {
          ctx.addIssue({ code: 'custom', message: 'Bitte Stunden wie 120 oder 7,5 eingeben.' });
          return z.NEVER;
        }
        return Number(m[1]) * 60 + Math.round((Number((m[2] ?? '0').padEnd(2, '0')) * 60) / 100);
      }),
    ])
    .nullable(),
);

export const BasisPointsField = z.union([
  z.number().int().min(0).max(10_000, { error: 'Höchstens 100 %.' }),
  VatRateInputSchema,
]);
export const OptionalBasisPointsField = z.preprocess(blankToNull, BasisPointsField.nullable());

export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Höchstens ${max} Zeichen.` })
    // Control characters other than line breaks and tabs have no place in business text.
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), { error: 'Enthält unzulässige Steuerzeichen.' })
    .default('');

export const RequiredText = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Höchstens ${max} Zeichen.` })
    .refine((v) => !/[\u0000-\u001F\u007F]/.test(v), { error: 'Enthält unzulässige Steuerzeichen.' });
