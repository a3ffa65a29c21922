import { money } from '@plainstaff/contracts/messages';
import { coded } from '@plainstaff/contracts/messages/catalog';
import { groupBookings, summarizeGroup, type LineGroup } from './grouping';
import { compareLines } from './ordering';
import type { RateSource } from './rates';
import { lineTotalCents } from './rule';
import { renderLineTexts, templateValues } from './templates';
import type { BillableBooking, InvoiceLine, LineOptions } from './types';
import { assertValidBookings } from './validate';

export interface BuiltLines {
  lines: InvoiceLine[];
  /** Bookings without an hourly rate: not on any line; the caller decides how to warn. Sorted by date, id. */
  unpriced: BillableBooking[];
  /** The members of each line by its key (sorted by date, then id). */
  members: Map<string, BillableBooking[]>;
}

function isPriced(booking: BillableBooking): booking is BillableBooking & { rateCents: number } {
  return booking.rateCents !== null;
}

function rateInfo(group: LineGroup, currency: string): Pick<InvoiceLine, 'rateSource' | 'rateNote'> {
  const [only] = group.rateSources;
  const rateSource = group.rateSources.length === 1 && only ? (only as RateSource | 'unknown') : 'mixed';
  // RATE_NOTE's variants are the sources; `unknown` and `none` read as its default ("Satz der Buchungen").
  const rate = money(group.rateCents, currency);
  return { rateSource, rateNote: coded('RATE_NOTE', { context: rateSource, rate }) };
}

/** One invoice line of a group, under the billing rule (rule.ts) and with its rendered texts. */
export function lineOf(
  group: LineGroup,
  options: LineOptions,
  taxRateBasisPoints: number,
  currency: string,
): InvoiceLine {
  return {
    key: group.key,
    bookingCount: group.bookingCount,
    firstBookingId: group.firstBookingId,
    bookedMinutes: group.bookedMinutes,
    billedMinutes: group.billedMinutes,
    quantityCentiHours: group.quantityHundredths,
    unit: 'Stunde',
    unitPriceCents: group.rateCents,
    totalNetCents: lineTotalCents(group.quantityHundredths, group.rateCents),
    taxRateBasisPoints,
    ...renderLineTexts(templateValues(group, group.quantityHundredths, options), options),
    ...rateInfo(group, currency),
    firstDate: group.firstDate,
    lastDate: group.lastDate,
    ...(group.month !== undefined ? { month: group.month } : {}),
    ...(group.taskName !== undefined ? { taskName: group.taskName } : {}),
    ...(group.employeeName !== undefined ? { employeeName: group.employeeName } : {}),
  };
}

/** The lines of summarised groups, in the invoice's order (ordering.ts). */
export function linesOfGroups(
  groups: readonly LineGroup[],
  options: LineOptions,
  taxRateBasisPoints: number,
  currency = 'EUR',
): InvoiceLine[] {
  return groups
    .map((group) => lineOf(group, options, taxRateBasisPoints, currency))
    .sort((a, b) => compareLines(a, b, options));
}

/** Groups the selected bookings (in memory) into invoice lines, one tax rate for all of them. */
export function buildLines(
  bookings: readonly BillableBooking[],
  options: LineOptions,
  taxRateBasisPoints: number,
  currency = 'EUR',
): BuiltLines {
  assertValidBookings(bookings);
  const members = groupBookings(bookings.filter(isPriced), options);
  const groups = [...members].map(([key, list]) => summarizeGroup(key, list, options));
  const lines = linesOfGroups(groups, options, taxRateBasisPoints, currency);
  const unpriced = bookings
    .filter((booking) => !isPriced(booking))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  return { lines, unpriced, members };
}
