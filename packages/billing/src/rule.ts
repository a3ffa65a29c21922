import { minutesToCentiHours } from '@plainstaff/contracts/duration';
import { divideRoundHalfUp, sumSafe, toSafeNumber } from './arithmetic';

// THE billing rule (docs/billing-rules.md): how booked minutes become an invoice's money. The preview,
// the export, the billing run, the export grid, its selection totals and the Übersicht all call these
// functions; the server's SQL aggregates mirror them (apps/server/src/db/billing-rule.ts), proven
// equal by property tests.
//
//   1. per booking: billed minutes = booked minutes rounded UP to the billing increment (0 = none);
//   2. per booking: quantity = billed minutes / 60 in hundredths of an hour, half up;
//   3. per line:    quantity = Σ the bookings' quantities; amount = round(quantity × rate, 2) half up;
//   4. per rate:    VAT = round(Σ line amounts of that rate × rate) half up;
//   5. invoice:     net = Σ line amounts, gross = net + Σ VAT.

/** Billing increment in minutes per booking; 0 = none. */
export type BillingRounding = 0 | 6 | 15 | 30;

export const BILLING_ROUNDINGS: readonly BillingRounding[] = [0, 6, 15, 30];

/** Step 1. The booked minutes themselves are never changed. */
export function billedMinutes(bookedMinutes: number, rounding: BillingRounding): number {
  if (rounding === 0) return bookedMinutes;
  return Math.ceil(bookedMinutes / rounding) * rounding;
}

/** Steps 1–2: the hundredths of an hour one booking adds to its line (20 min → 33, 170 min → 283). */
export function bookingQuantity(bookedMinutes: number, rounding: BillingRounding): number {
  return minutesToCentiHours(billedMinutes(bookedMinutes, rounding));
}

/** Step 3: round(quantity × unit price, 2) half up — what billomat computes from the quantity we send. */
export function lineTotalCents(quantityHundredths: number, unitPriceCents: number): number {
  return toSafeNumber(divideRoundHalfUp(BigInt(quantityHundredths) * BigInt(unitPriceCents), 100n));
}

/** Step 4: VAT of one rate's net sum, rate in basis points, half up like billomat's `amount_rounded`. */
export function vatCents(netCents: number, rateBasisPoints: number): number {
  return toSafeNumber(divideRoundHalfUp(BigInt(netCents) * BigInt(rateBasisPoints), 10_000n));
}

/** One booking as it is billed when it is a line of its own: what the export grid shows for it. */
export interface BilledBooking {
  billedMinutes: number;
  quantityHundredths: number;
  /** null without an hourly rate (the booking cannot be billed). */
  amountCents: number | null;
}

export function billBooking(
  bookedMinutes: number,
  rateCents: number | null,
  rounding: BillingRounding,
): BilledBooking {
  const quantityHundredths = bookingQuantity(bookedMinutes, rounding);
  return {
    billedMinutes: billedMinutes(bookedMinutes, rounding),
    quantityHundredths,
    amountCents: rateCents === null ? null : lineTotalCents(quantityHundredths, rateCents),
  };
}

/** Σ billed minutes × rate / 60 of priced bookings, to the cent (half up): the value without rounding. */
export function exactValueCents(bookings: Iterable<{ billedMinutes: number; rateCents: number }>): number {
  let minuteCents = 0n;
  for (const b of bookings) minuteCents += BigInt(b.billedMinutes) * BigInt(b.rateCents);
  return centsOfMinuteCents(minuteCents);
}

/** Σ billed minutes × rate (already summed, e.g. per line) → cents, half up. */
export function centsOfMinuteCents(minuteCents: number | bigint): number {
  return toSafeNumber(divideRoundHalfUp(BigInt(minuteCents), 60n));
}

/**
 * The rounding difference of an invoice: its net minus the exact value of the billed time. Quantities
 * in hundredths of an hour are exact for multiples of 6 minutes (0,1 h), so with a billing increment
 * it is always 0; without one it is a few cents per booking at most.
 */
export function roundingDifferenceCents(
  netCents: number,
  bookings: Iterable<{ billedMinutes: number; rateCents: number }>,
): number {
  return sumSafe([netCents, -exactValueCents(bookings)]);
}

/** The increment that makes every quantity exact (6 minutes = 0,1 h). */
export const EXACT_INCREMENT: BillingRounding = 6;
