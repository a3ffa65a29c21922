import { sumSafe } from './arithmetic';
import { formatPeriodDe } from './dates';
import { groupBookings, summarizeGroup, type LineGroup } from './grouping';
import { linesOfGroups } from './lines';
import { centsOfMinuteCents } from './rule';
import { invoiceTotals } from './taxes';
import type { TaxTotal } from './taxes';
import type { BillableBooking, InvoiceLine, LineOptions } from './types';
import { assertValidBookings } from './validate';
import { previewWarnings, type PreviewWarning } from './warnings';

interface InvoiceSettings {
  options: LineOptions;
  /** The integration's VAT rate. */
  vatRateBasisPoints: number;
  /** The project's override; beats the integration's rate whenever set (null/undefined = none). */
  vatOverrideBasisPoints?: number | null;
  currency: string;
}

export interface InvoicePreviewInput extends InvoiceSettings {
  bookings: readonly BillableBooking[];
}

/** The invoice of already summarised groups (the server's SQL aggregates). */
export interface GroupedInvoiceInput extends InvoiceSettings {
  groups: readonly LineGroup[];
  /** How many bookings were selected in all, and which of them have no rate (count, first ids). */
  selectedCount: number;
  unpriced: { count: number; ids: readonly number[] };
}

export interface InvoicePreview {
  currency: string;
  lines: InvoiceLine[];
  /** Bookings without a rate, left off the invoice: how many, and the first ids. */
  unpriced: { count: number; ids: number[] };
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

/** Everything billomat will compute for the invoice, from the same integers it will be sent. */
export function buildInvoiceFromGroups(input: GroupedInvoiceInput): InvoicePreview {
  const override = input.vatOverrideBasisPoints ?? null;
  assertBasisPoints(input.vatRateBasisPoints, 'vatRateBasisPoints');
  if (override !== null) assertBasisPoints(override, 'vatOverrideBasisPoints');
  const taxRateBasisPoints = override ?? input.vatRateBasisPoints;
  const lines = linesOfGroups(input.groups, input.options, taxRateBasisPoints, input.currency);
  const totals = invoiceTotals(lines);
  const exactNetCents = centsOfMinuteCents(sumSafe(input.groups.map((g) => g.exactValueTimes60)));
  const from = lines.reduce<string | null>(
    (min, l) => (min === null || l.firstDate < min ? l.firstDate : min),
    null,
  );
  const to = lines.reduce<string | null>(
    (max, l) => (max === null || l.lastDate > max ? l.lastDate : max),
    null,
  );
  const unpriced = { count: input.unpriced.count, ids: input.unpriced.ids.slice(0, 100) };
  return {
    currency: input.currency,
    lines,
    unpriced,
    taxRateBasisPoints,
    ...totals,
    exactNetCents,
    roundingDifferenceCents: totals.totalNetCents - exactNetCents,
    bookedMinutes: sumSafe(lines.map((line) => line.bookedMinutes)),
    billedMinutes: sumSafe(lines.map((line) => line.billedMinutes)),
    servicePeriod: from !== null && to !== null ? { from, to, text: formatPeriodDe(from, to) } : null,
    warnings: previewWarnings({
      selected: input.selectedCount,
      unpriced,
      vatRateBasisPoints: input.vatRateBasisPoints,
      vatOverrideBasisPoints: override,
    }),
  };
}

/** The same from bookings in memory: the pure path, and the reference the SQL path is held to. */
export function buildInvoicePreview(input: InvoicePreviewInput): InvoicePreview {
  assertValidBookings(input.bookings);
  const priced = input.bookings.filter(
    (b): b is BillableBooking & { rateCents: number } => b.rateCents !== null,
  );
  const groups = [...groupBookings(priced, input.options)].map(([key, members]) =>
    summarizeGroup(key, members, input.options),
  );
  const unpriced = input.bookings
    .filter((b) => b.rateCents === null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    .map((b) => b.id);
  return buildInvoiceFromGroups({
    ...input,
    groups,
    selectedCount: input.bookings.length,
    unpriced: { count: unpriced.length, ids: unpriced },
  });
}
