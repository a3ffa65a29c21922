import { formatPeriodDe } from './dates';
import { buildLines } from './lines';
import { billedMinutes, exactValueCents, type BillingRounding } from './rule';
import { invoiceTotals } from './taxes';
import type { TaxTotal } from './taxes';
import type { BillableBooking, InvoiceLine, LineOptions } from './types';
import { previewWarnings } from './warnings';
import type { PreviewWarning } from './warnings';

export interface InvoicePreviewInput {
  bookings: readonly BillableBooking[];
  options: LineOptions;
  /** The integration's VAT rate. */
  vatRateBasisPoints: number;
  /** The project's override; beats the integration's rate whenever set (null/undefined = none). */
  vatOverrideBasisPoints?: number | null;
  currency: string;
}

export interface InvoicePreview {
  currency: string;
  lines: InvoiceLine[];
  /** Bookings without a rate, left off the invoice. */
  unpriced: BillableBooking[];
  taxRateBasisPoints: number;
  taxes: TaxTotal[];
  totalNetCents: number;
  totalVatCents: number;
  totalGrossCents: number;
  /** Σ billed minutes × rate ÷ 60 of the billed bookings, to the cent (the value without rounding). */
  exactNetCents: number;
  /** totalNetCents − exactNetCents: the rounding of quantities to hundredths of an hour. */
  roundingDifferenceCents: number;
  bookedMinutes: number;
  billedMinutes: number;
  /** First to last date of the billed bookings; null when there is no line. */
  servicePeriod: { from: string; to: string; text: string } | null;
  warnings: PreviewWarning[];
}

function assertBasisPoints(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 10_000)
    throw new RangeError(`${name} must be 0–10000 bp`);
}

/** The exact value of the billed bookings and the invoice's difference to it (docs/billing-rules.md). */
function roundingOf(
  lines: readonly InvoiceLine[],
  bookings: readonly BillableBooking[],
  rounding: BillingRounding,
  netCents: number,
): Pick<InvoicePreview, 'exactNetCents' | 'roundingDifferenceCents'> {
  const billed = new Set(lines.flatMap((line) => line.bookingIds));
  const exactNetCents = exactValueCents(
    bookings
      .filter((b) => billed.has(b.id) && b.rateCents !== null)
      .map((b) => ({ billedMinutes: billedMinutes(b.minutes, rounding), rateCents: b.rateCents! })),
  );
  return { exactNetCents, roundingDifferenceCents: netCents - exactNetCents };
}

/** Everything billomat will compute for the invoice, from the same integers it will be sent. */
export function buildInvoicePreview(input: InvoicePreviewInput): InvoicePreview {
  const override = input.vatOverrideBasisPoints ?? null;
  assertBasisPoints(input.vatRateBasisPoints, 'vatRateBasisPoints');
  if (override !== null) assertBasisPoints(override, 'vatOverrideBasisPoints');
  const taxRateBasisPoints = override ?? input.vatRateBasisPoints;
  const { lines, unpriced } = buildLines(input.bookings, input.options, taxRateBasisPoints, input.currency);
  const totals = invoiceTotals(lines);
  const from = lines.reduce<string | null>(
    (min, line) => (min === null || line.firstDate < min ? line.firstDate : min),
    null,
  );
  const to = lines.reduce<string | null>(
    (max, line) => (max === null || line.lastDate > max ? line.lastDate : max),
    null,
  );
  return {
    currency: input.currency,
    lines,
    unpriced,
    taxRateBasisPoints,
    ...totals,
    ...roundingOf(lines, input.bookings, input.options.rounding, totals.totalNetCents),
    bookedMinutes: lines.reduce((sum, line) => sum + line.bookedMinutes, 0),
    billedMinutes: lines.reduce((sum, line) => sum + line.billedMinutes, 0),
    servicePeriod: from !== null && to !== null ? { from, to, text: formatPeriodDe(from, to) } : null,
    warnings: previewWarnings({
      selected: input.bookings.length,
      unpriced,
      vatRateBasisPoints: input.vatRateBasisPoints,
      vatOverrideBasisPoints: override,
    }),
  };
}
