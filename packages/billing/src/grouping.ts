import { sumSafe } from './arithmetic';
import { billedMinutes, bookingQuantity } from './rule';
import type { LineTextSource } from './templates';
import { textSourceOf } from './templates';
import type { BillableBooking, LineOptions } from './types';

type GroupingFlags = Pick<LineOptions, 'groupByMonth' | 'groupByTask' | 'groupByEmployee'>;
type Priced = BillableBooking & { rateCents: number };

/**
 * One future invoice line, summarised: what every path that groups bookings hands to `lineOf` —
 * the pure path from bookings in memory (`summarizeGroups`), the server from SQL aggregates.
 */
export interface LineGroup extends LineTextSource {
  /** The group key (`groupKeyOf`); unique within an invoice. */
  key: string;
  rateCents: number;
  bookingCount: number;
  firstBookingId: number;
  bookedMinutes: number;
  billedMinutes: number;
  /** Σ of the bookings' quantities under the billing rule (hundredths of an hour). */
  quantityHundredths: number;
  /** Σ billed minutes × rate of the bookings (the line's exact value × 60, in cents). */
  exactValueTimes60: number;
  /** Distinct rate sources of the bookings ('unknown' where none was recorded). */
  rateSources: readonly string[];
  /** The grouping dimensions' values; per booking (no grouping) the booking's task and employee. */
  month?: string;
  taskName?: string | null;
  employeeName?: string;
}

export const isPerBooking = (flags: GroupingFlags) =>
  !flags.groupByMonth && !flags.groupByTask && !flags.groupByEmployee;

/**
 * The group key: the chosen dimensions plus the rate, so a group with different hourly rates splits
 * into one group per rate instead of averaging them. No dimension chosen → one group per booking.
 */
export function groupKeyOf(
  booking: Pick<BillableBooking, 'id' | 'date' | 'taskId' | 'employeeId'> & { rateCents: number },
  flags: GroupingFlags,
): string {
  const parts: string[] = [];
  if (isPerBooking(flags)) parts.push(`b:${booking.id}`);
  if (flags.groupByMonth) parts.push(`m:${booking.date.slice(0, 7)}`);
  if (flags.groupByTask) parts.push(`t:${booking.taskId ?? '-'}`);
  if (flags.groupByEmployee) parts.push(`e:${booking.employeeId}`);
  parts.push(`r:${booking.rateCents}`);
  return parts.join('|');
}

function byDateThenId(a: BillableBooking, b: BillableBooking): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id;
}

/** The bookings of each group, sorted by date then id (the pure path; tests read the members). */
export function groupBookings(bookings: readonly Priced[], flags: GroupingFlags): Map<string, Priced[]> {
  const groups = new Map<string, Priced[]>();
  for (const booking of bookings) {
    const key = groupKeyOf(booking, flags);
    const members = groups.get(key) ?? [];
    members.push(booking);
    groups.set(key, members);
  }
  for (const members of groups.values()) members.sort(byDateThenId);
  return groups;
}

/** One group's summary from its members (sorted by date, then id). */
export function summarizeGroup(key: string, members: readonly Priced[], options: LineOptions): LineGroup {
  const first = members[0];
  if (!first) throw new Error('empty booking group');
  const billed = members.map((b) => billedMinutes(b.minutes, options.rounding));
  const perBooking = isPerBooking(options);
  return {
    key,
    rateCents: first.rateCents,
    bookingCount: members.length,
    firstBookingId: Math.min(...members.map((b) => b.id)),
    bookedMinutes: sumSafe(members.map((b) => b.minutes)),
    billedMinutes: sumSafe(billed),
    quantityHundredths: sumSafe(members.map((b) => bookingQuantity(b.minutes, options.rounding))),
    exactValueTimes60: sumSafe(billed.map((m) => m * first.rateCents)),
    rateSources: [...new Set(members.map((b) => b.rateSource ?? 'unknown'))],
    ...textSourceOf(members),
    ...(options.groupByMonth ? { month: first.date.slice(0, 7) } : {}),
    ...(options.groupByTask || perBooking ? { taskName: first.taskName } : {}),
    ...(options.groupByEmployee || perBooking ? { employeeName: first.employeeName } : {}),
  };
}
