import { sql, type Kysely } from 'kysely';
import { bookingAmount } from '../../db/billing-rule';
import type { Database } from '../../db/database';
import { invoicedExports, invoicedNetSum } from '../exports';

export interface SummaryRow {
  project_id: number;
  booked_minutes: number;
  billed_minutes: number;
  /** The invoiced net of the project's invoices (modules/exports/invoiced.ts). */
  invoiced_cents: number;
  unbilled_minutes: number;
  unbilled_cents: number;
  billable_cents: number;
}

/** A booking's amount: the billing rule without increment (db/billing-rule.ts). */
const amountSql = bookingAmount;

const total = (expr: ReturnType<typeof sql>) => sql<number>`cast(coalesce(sum(${expr}), 0) as bigint)`;
const billed = sql`bookings.billing_state = 'billed'`;
const unbilled = sql`bookings.billable = 1 and bookings.billing_state <> 'billed'`;

/** The booked/billed/unbilled figures of many projects in ONE grouped query (no N+1). */
export async function summariesFor(
  db: Kysely<Database>,
  projectIds: number[],
): Promise<Map<number, SummaryRow>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('bookings')
    .where('bookings.project_id', 'in', projectIds)
    .groupBy('bookings.project_id')
    .select([
      'bookings.project_id',
      total(sql`bookings.minutes`).as('booked_minutes'),
      total(sql`case when ${billed} then bookings.minutes else 0 end`).as('billed_minutes'),
      // A project with invoices has bookings, so the grouped rows reach every invoiced project.
      (eb) =>
        invoicedExports(db)
          .whereRef('exports.project_id', '=', eb.ref('bookings.project_id'))
          .select(invoicedNetSum.as('n'))
          .as('invoiced_cents'),
      total(sql`case when ${unbilled} then bookings.minutes else 0 end`).as('unbilled_minutes'),
      total(sql`case when ${unbilled} then ${amountSql} else 0 end`).as('unbilled_cents'),
      total(sql`case when bookings.billable = 1 then ${amountSql} else 0 end`).as('billable_cents'),
    ])
    .execute();
  return new Map(rows.map((r) => [r.project_id, { ...r, invoiced_cents: Number(r.invoiced_cents ?? 0) }]));
}

/** Booked minutes per task of the given projects. */
export async function taskMinutesFor(
  db: Kysely<Database>,
  projectIds: number[],
): Promise<Map<number, number>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('bookings')
    .where('bookings.project_id', 'in', projectIds)
    .where('bookings.task_id', 'is not', null)
    .groupBy('bookings.task_id')
    .select(['bookings.task_id', total(sql`bookings.minutes`).as('minutes')])
    .execute();
  return new Map(rows.map((r) => [r.task_id!, Number(r.minutes)]));
}
