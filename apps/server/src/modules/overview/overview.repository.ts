import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { amountSql } from '../projects/project-summary.repository';
import { bookingCondition, projectCondition, type OverviewScope } from './overview.scope';

// All figures come from a handful of grouped queries over `bookings` (no per-project queries). The
// amount of a booking is the projects module's `amountSql`, so the overview and the project summary
// can never disagree.

const total = (expr: ReturnType<typeof sql>) =>
  sql<string | number>`cast(coalesce(sum(${expr}), 0) as bigint)`;
const billed = sql`bookings.billing_state = 'billed'`;
const unbilled = sql`bookings.billable = 1 and bookings.billing_state <> 'billed'`;
const when = (cond: ReturnType<typeof sql>, value: ReturnType<typeof sql>) =>
  total(sql`case when ${cond} then ${value} else 0 end`);

export interface FiguresRow {
  project_id: number;
  booked_minutes: number;
  billable_cents: number;
  billed_minutes: number;
  billed_cents: number;
  unbilled_minutes: number;
  unbilled_cents: number;
}

export interface MonthRow {
  month: string;
  billed_cents: number;
  unbilled_cents: number;
  billed_minutes: number;
  unbilled_minutes: number;
}

export interface AgingQueryRow {
  project_id: number;
  bucket: number;
  minutes: number;
  cents: number;
}

export interface ProjectInfoRow {
  id: number;
  number: string;
  name: string;
  customer_id: number;
  customer_name: string;
  currency: string;
  budget_type: 'none' | 'hours' | 'amount';
  budget_minutes: number | null;
  budget_cents: number | null;
}

/** PostgreSQL returns bigint sums as strings. */
const num = (v: unknown) => Number(v ?? 0);

export function overviewRepository(db: Kysely<Database>) {
  return {
    /** Booked/billed/unbilled per project, one grouped query. */
    async figuresByProject(scope: OverviewScope): Promise<FiguresRow[]> {
      const rows = await db
        .selectFrom('bookings')
        .where(bookingCondition(db, scope))
        .groupBy('bookings.project_id')
        .select([
          'bookings.project_id',
          total(sql`bookings.minutes`).as('booked_minutes'),
          when(sql`bookings.billable = 1`, amountSql).as('billable_cents'),
          when(billed, sql`bookings.minutes`).as('billed_minutes'),
          when(billed, amountSql).as('billed_cents'),
          when(unbilled, sql`bookings.minutes`).as('unbilled_minutes'),
          when(unbilled, amountSql).as('unbilled_cents'),
        ])
        .execute();
      return rows.map((r) => ({
        project_id: r.project_id,
        booked_minutes: num(r.booked_minutes),
        billable_cents: num(r.billable_cents),
        billed_minutes: num(r.billed_minutes),
        billed_cents: num(r.billed_cents),
        unbilled_minutes: num(r.unbilled_minutes),
        unbilled_cents: num(r.unbilled_cents),
      }));
    },

    /** Billed vs unbilled per booking month since `fromDate` (dates are ISO text: substr is portable). */
    async months(scope: OverviewScope, fromDate: string): Promise<MonthRow[]> {
      const inner = db
        .selectFrom('bookings')
        .where(bookingCondition(db, scope))
        .where('bookings.date', '>=', fromDate)
        .select([
          sql<string>`substr(bookings.date, 1, 7)`.as('month'),
          'bookings.minutes',
          'bookings.billable',
          'bookings.billing_state',
          sql<number>`${amountSql}`.as('amount'),
        ]);
      const rows = await db
        .selectFrom(inner.as('bookings'))
        .groupBy('bookings.month')
        .orderBy('bookings.month')
        .select([
          'bookings.month',
          when(billed, sql`bookings.amount`).as('billed_cents'),
          when(unbilled, sql`bookings.amount`).as('unbilled_cents'),
          when(billed, sql`bookings.minutes`).as('billed_minutes'),
          when(unbilled, sql`bookings.minutes`).as('unbilled_minutes'),
        ])
        .execute();
      return rows.map((r) => ({
        month: r.month,
        billed_cents: num(r.billed_cents),
        unbilled_cents: num(r.unbilled_cents),
        billed_minutes: num(r.billed_minutes),
        unbilled_minutes: num(r.unbilled_minutes),
      }));
    },

    /**
     * Unbilled billable bookings per project and age bucket. `starts` are the first booking dates of
     * buckets 0, 1, 2 (newest first); anything older falls into bucket 3.
     */
    async aging(scope: OverviewScope, starts: [string, string, string]): Promise<AgingQueryRow[]> {
      const bucket = sql<number>`case when bookings.date >= ${starts[0]} then 0 when bookings.date >= ${starts[1]} then 1 when bookings.date >= ${starts[2]} then 2 else 3 end`;
      const inner = db
        .selectFrom('bookings')
        .where(bookingCondition(db, scope))
        .where('bookings.billable', '=', 1)
        .where('bookings.billing_state', '<>', 'billed')
        .select([
          'bookings.project_id',
          'bookings.minutes',
          bucket.as('bucket'),
          sql<number>`${amountSql}`.as('amount'),
        ]);
      const rows = await db
        .selectFrom(inner.as('b'))
        .groupBy(['b.project_id', 'b.bucket'])
        .select([
          'b.project_id',
          'b.bucket',
          total(sql`b.minutes`).as('minutes'),
          total(sql`b.amount`).as('cents'),
        ])
        .execute();
      return rows.map((r) => ({
        project_id: r.project_id,
        bucket: num(r.bucket),
        minutes: num(r.minutes),
        cents: num(r.cents),
      }));
    },

    /** The projects in scope (admins: all, managers: theirs) plus any with bookings of this user. */
    async projects(scope: OverviewScope, withBookings: number[]): Promise<ProjectInfoRow[]> {
      let q = db
        .selectFrom('projects')
        .innerJoin('customers', 'customers.id', 'projects.customer_id')
        .select([
          'projects.id',
          'projects.number',
          'projects.name',
          'projects.customer_id',
          'customers.name as customer_name',
          'projects.currency',
          'projects.budget_type',
          'projects.budget_minutes',
          'projects.budget_cents',
        ]);
      if (scope.kind === 'own') {
        if (withBookings.length === 0) return [];
        q = q.where('projects.id', 'in', withBookings);
      } else {
        q = q.where(projectCondition(db, scope, 'projects.id'));
      }
      const rows = await q.orderBy('projects.number').execute();
      return rows.map((r) => ({
        ...r,
        budget_minutes: r.budget_minutes === null ? null : num(r.budget_minutes),
        budget_cents: r.budget_cents === null ? null : num(r.budget_cents),
      }));
    },
  };
}
