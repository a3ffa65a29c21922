/** Billing rounding step in minutes per booking; 0 = none. */
export type BillingRounding = 0 | 6 | 15 | 30;

export const BILLING_ROUNDINGS: readonly BillingRounding[] = [0, 6, 15, 30];

/**
 * Billed minutes of one booking: rounded UP to the next multiple of the step, per booking (not per
 * line), so a line's billed time is the sum of what each booking would bill alone. The booked minutes
 * themselves are never changed.
 */
export function billedMinutes(bookedMinutes: number, rounding: BillingRounding): number {
  if (rounding === 0) return bookedMinutes;
  return Math.ceil(bookedMinutes / rounding) * rounding;
}
