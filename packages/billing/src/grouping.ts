import type { BillableBooking, LineOptions } from './types';

/** Priced bookings that end up on one invoice line. */
export interface BookingGroup {
  key: string;
  /** Sorted by date, then id. */
  bookings: (BillableBooking & { rateCents: number })[];
}

type GroupingFlags = Pick<LineOptions, 'groupByMonth' | 'groupByTask' | 'groupByEmployee'>;

/**
 * The group key: the chosen dimensions plus the rate, so a group with different hourly rates splits
 * into one group per rate instead of averaging them. No dimension chosen → one group per booking.
 */
export function groupKeyOf(booking: BillableBooking & { rateCents: number }, flags: GroupingFlags): string {
  const parts: string[] = [];
  if (!flags.groupByMonth && !flags.groupByTask && !flags.groupByEmployee) parts.push(`b:${booking.id}`);
  if (flags.groupByMonth) parts.push(`m:${booking.date.slice(0, 7)}`);
  if (flags.groupByTask) parts.push(`t:${booking.taskId ?? '-'}`);
  if (flags.groupByEmployee) parts.push(`e:${booking.employeeId}`);
  parts.push(`r:${booking.rateCents}`);
  return parts.join('|');
}

function byDateThenId(a: BillableBooking, b: BillableBooking): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id;
}

/** Groups priced bookings; the order of the groups is decided later (see `compareLines`). */
export function groupBookings(
  bookings: readonly (BillableBooking & { rateCents: number })[],
  flags: GroupingFlags,
): BookingGroup[] {
  const groups = new Map<string, BookingGroup>();
  for (const booking of bookings) {
    const key = groupKeyOf(booking, flags);
    const group = groups.get(key) ?? { key, bookings: [] };
    group.bookings.push(booking);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.bookings.sort(byDateThenId);
  return [...groups.values()];
}
