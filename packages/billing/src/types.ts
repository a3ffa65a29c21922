import type { BillingRounding } from './rule';
import type { RateSource } from './rates';
import type { CodedMessage } from '@plainstaff/contracts/messages';

/** One selected project booking as the billing module sees it (already filtered by the caller). */
export interface BillableBooking {
  id: number;
  /** ISO calendar date `YYYY-MM-DD`. */
  date: string;
  /** Booked duration in whole minutes (> 0); never changed by billing. */
  minutes: number;
  /** Hourly rate snapshot in cents; null = no rate, the booking cannot be billed. */
  rateCents: number | null;
  /** Where the snapshot rate came from, when known; shown as "why this rate". */
  rateSource?: RateSource;
  employeeId: number;
  employeeName: string;
  taskId: number | null;
  taskName: string | null;
  comment: string;
}

export interface LineOptions {
  groupByMonth: boolean;
  groupByTask: boolean;
  groupByEmployee: boolean;
  rounding: BillingRounding;
  /** Empty or missing → DEFAULT_TITLE_TEMPLATE / DEFAULT_DESCRIPTION_TEMPLATE. */
  titleTemplate?: string;
  descriptionTemplate?: string;
  projectName: string;
  projectNumber: string;
  locale: 'de';
}

export interface InvoiceLine {
  /** Stable identity of the group, e.g. `m:2026-06|t:3|r:9500`; unique within a preview. */
  key: string;
  /** How many bookings the line bills, and the smallest of their ids (a tie-breaker of the order). */
  bookingCount: number;
  firstBookingId: number;
  bookedMinutes: number;
  billedMinutes: number;
  /** Σ of the bookings' quantities, each billed minutes / 60 rounded half up to hundredths of an hour. */
  quantityCentiHours: number;
  unit: 'Stunde';
  unitPriceCents: number;
  /** round(quantity × unit price, 2), as billomat computes it from the quantity we send. */
  totalNetCents: number;
  taxRateBasisPoints: number;
  title: string;
  description: string;
  /** The single source of the rate, 'mixed' when the bookings disagree, 'unknown' when not recorded. */
  rateSource: RateSource | 'mixed' | 'unknown';
  /** Why the line has its rate, e.g. "95,00 € pro Stunde aus Task" (code RATE_NOTE). */
  rateNote: CodedMessage;
  firstDate: string;
  lastDate: string;
  /** Set when the line is grouped by that dimension. */
  month?: string;
  taskName?: string | null;
  employeeName?: string;
}
