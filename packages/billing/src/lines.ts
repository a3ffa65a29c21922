import { formatCentsDe } from '@plainstaff/contracts/money';
import { sumSafe } from './arithmetic';
import { groupBookings } from './grouping';
import type { BookingGroup } from './grouping';
import { compareLines } from './ordering';
import { rateSourceLabel } from './rates';
import { billedMinutes, bookingQuantity, lineTotalCents } from './rule';
import { renderLineTexts, templateValues } from './templates';
import type { BillableBooking, InvoiceLine, LineOptions } from './types';
import { assertValidBookings } from './validate';

export interface BuiltLines {
  lines: InvoiceLine[];
  /** Bookings without an hourly rate: not on any line; the caller decides how to warn. Sorted by date, id. */
  unpriced: BillableBooking[];
}

function isPriced(booking: BillableBooking): booking is BillableBooking & { rateCents: number } {
  return booking.rateCents !== null;
}

function rateInfo(
  group: BookingGroup,
  rateCents: number,
  currency: string,
): Pick<InvoiceLine, 'rateSource' | 'rateNote'> {
  const sources = new Set(group.bookings.map((booking) => booking.rateSource ?? 'unknown'));
  const [only] = sources;
  const rateSource = sources.size === 1 && only ? only : 'mixed';
  const perHour = `${formatCentsDe(rateCents, currency)} pro Stunde`;
  if (rateSource === 'mixed')
    return { rateSource, rateNote: `${perHour} (Satz der Buchungen, verschiedene Herkunft)` };
  if (rateSource === 'unknown' || rateSource === 'none')
    return { rateSource, rateNote: `${perHour} (Satz der Buchungen)` };
  return { rateSource, rateNote: `${perHour} aus ${rateSourceLabel(rateSource)}` };
}

function lineOf(
  group: BookingGroup,
  options: LineOptions,
  taxRateBasisPoints: number,
  currency: string,
): InvoiceLine {
  const { bookings } = group;
  const first = bookings[0];
  const last = bookings[bookings.length - 1];
  if (!first || !last) throw new Error('empty booking group');
  const booked = bookings.reduce((sum, booking) => sum + booking.minutes, 0);
  const billed = bookings.reduce((sum, booking) => sum + billedMinutes(booking.minutes, options.rounding), 0);
  // The billing rule: each booking's quantity is rounded to hundredths of an hour, the line sums them.
  const quantityCentiHours = sumSafe(bookings.map((b) => bookingQuantity(b.minutes, options.rounding)));
  const perBooking = !options.groupByMonth && !options.groupByTask && !options.groupByEmployee;
  return {
    key: group.key,
    bookingIds: bookings.map((booking) => booking.id).sort((a, b) => a - b),
    bookedMinutes: booked,
    billedMinutes: billed,
    quantityCentiHours,
    unit: 'Stunde',
    unitPriceCents: first.rateCents,
    totalNetCents: lineTotalCents(quantityCentiHours, first.rateCents),
    taxRateBasisPoints,
    ...renderLineTexts(templateValues(bookings, quantityCentiHours, options), options),
    ...rateInfo(group, first.rateCents, currency),
    firstDate: first.date,
    lastDate: last.date,
    ...(options.groupByMonth ? { month: first.date.slice(0, 7) } : {}),
    ...(options.groupByTask || perBooking ? { taskName: first.taskName } : {}),
    ...(options.groupByEmployee || perBooking ? { employeeName: first.employeeName } : {}),
  };
}

/** Groups the selected bookings into invoice lines, one tax rate for all of them. */
export function buildLines(
  bookings: readonly BillableBooking[],
  options: LineOptions,
  taxRateBasisPoints: number,
  currency = 'EUR',
): BuiltLines {
  assertValidBookings(bookings);
  const groups = groupBookings(bookings.filter(isPriced), options);
  const lines = groups
    .map((group) => lineOf(group, options, taxRateBasisPoints, currency))
    .sort((a, b) => compareLines(a, b, options));
  const unpriced = bookings
    .filter((booking) => !isPriced(booking))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  return { lines, unpriced };
}
