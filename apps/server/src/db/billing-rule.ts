import { sql, type RawBuilder } from 'kysely';

// The billing rule of packages/billing/src/rule.ts (docs/billing-rules.md) as SQL, for aggregates over
// many bookings. Integer arithmetic that SQLite and PostgreSQL evaluate alike: values are never
// negative, so integer division truncates like floor; products are bigint. billing-rule.test.ts holds
// these expressions to the pure functions on random data, on both databases.

type Expr = RawBuilder<unknown>;

/** Step 1: minutes rounded up to the increment (0 = none). */
export function billedMinutesSql(minutes: Expr, increment: number): RawBuilder<number> {
  if (!Number.isInteger(increment) || increment < 0) throw new RangeError('increment');
  if (increment === 0) return sql<number>`${minutes}`;
  return sql<number>`((${minutes} + ${sql.lit(increment - 1)}) / ${sql.lit(increment)} * ${sql.lit(increment)})`;
}

/** Step 2: hundredths of an hour, half up (ties cannot occur: remainders are 0, 1/3, 2/3). */
export function quantitySql(minutes: Expr, increment: number): RawBuilder<number> {
  return sql<number>`((cast(${billedMinutesSql(minutes, increment)} as bigint) * 10 + 3) / 6)`;
}

/** Step 3 for one booking as its own line: round(quantity × rate / 100) half up; 0 without rate. */
export function bookingAmountSql(minutes: Expr, rateCents: Expr, increment = 0): RawBuilder<number> {
  return sql<number>`((${quantitySql(minutes, increment)} * coalesce(cast(${rateCents} as bigint), 0) + 50) / 100)`;
}

/** A booking's billed amount under the rule without increment (project summary, Übersicht, budgets). */
export const bookingAmount = bookingAmountSql(sql`bookings.minutes`, sql`bookings.rate_cents`);
