import { isIsoDate } from './dates';
import type { BillableBooking } from './types';

/**
 * Rejects input the caller should never send (a bug, not a user error): a booking twice, a duration
 * that is not a positive whole number of minutes, a negative or fractional rate, a malformed date.
 */
export function assertValidBookings(bookings: readonly BillableBooking[]): void {
  const seen = new Set<number>();
  for (const booking of bookings) {
    const problem = problemOf(booking, seen);
    if (problem) throw new RangeError(`booking ${booking.id}: ${problem}`);
    seen.add(booking.id);
  }
}

function problemOf(booking: BillableBooking, seen: ReadonlySet<number>): string | null {
  if (seen.has(booking.id)) return 'selected twice';
  if (!Number.isSafeInteger(booking.minutes) || booking.minutes <= 0)
    return 'minutes must be a positive integer';
  if (booking.rateCents !== null && (!Number.isSafeInteger(booking.rateCents) || booking.rateCents < 0)) {
    return 'rateCents must be a non-negative integer or null';
  }
  if (!isIsoDate(booking.date)) return 'date must be YYYY-MM-DD';
  return null;
}
