import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { bookingAmount as amountSql } from '../../db/billing-rule';
import { bookingCondition, projectCondition, type OverviewScope } from './overview.scope';

// All figures come from three grouped queries over `bookings` (no per-project queries), each reading
// only the covering index of migration 006. The amount of a booking is the billing rule's
// (db/billing-rule.ts), so the overview, the project summary and the export grid cannot disagree.

const total = (expr: ReturnType<typeof sql>) =>
  sql<string | number>`cast(coalesce(sum(${expr}), 0) as bigint)`;

/** Sums of one billing state × billable combination. */
export interface StateSums {
  billing_state: 'open' | 'reserved' | 'billed';
  billable: number;
  minutes: number;
  cents: number;
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

const sums = (r: {
  billing_state: StateSums['billing_state'];
  billable: unknown;
  minutes: unknown;
  cents: unknown;
}) => ({
  billing_state: r.billing_state,
  billable: num(r.billable),
  minutes: num(r.minutes),
  cents: num(r.cents),
});

export function overviewRepository(db: Kysely<Database>) {
  return {
    /** Per project, state and billable flag: the columns of the covering index, so no sort either. */
    async byProject(scope: OverviewScope): Promise<(StateSums & { project_id: number })[]> {
      const rows = await db
        .selectFrom('bookings')
        .where(bookingCondition(db, scope))
        .groupBy(['bookings.project_id', 'bookings.billing_state', 'bookings.billable'])
        .select([
          'bookings.project_id',
          'bookings.billing_state',
          'bookings.billable',
          total(sql`bookings.minutes`).as('minutes'),
          total(amountSql).as('cents'),
        ])
        .execute();
      return rows.map((r) => ({ project_id: r.project_id, ...sums(r) }));
    },

    /**
     * Per booking month (`YYYY-MM`, from `fromMonth` on), state and billable flag. Filtering on the
     * month rather than on `date` is deliberate: a range on `date` makes SQLite pick the date index
     * and fetch every row, the month filter keeps it on the covering index. Portable: dates are ISO text.
     */
    async byMonth(
      scope: OverviewScope,
      fromMonth: string,
    ): Promise<(StateSums & { month: string; currency: string })[]> {
      const month = sql<string>`substr(bookings.date, 1, 7)`;
      const rows = await db
        .selectFrom('bookings')
        .innerJoin('projects', 'projects.id', 'bookings.project_id')
        .where(bookingCondition(db, scope))
        .where(month, '>=', fromMonth)
        .groupBy([month, 'projects.currency', 'bookings.billing_state', 'bookings.billable'])
        .select([
          month.as('month'),
          'projects.currency',
          'bookings.billing_state',
          'bookings.billable',
          total(sql`bookings.minutes`).as('minutes'),
          total(amountSql).as('cents'),
        ])
        .execute();
      return rows.map((r) => ({ month: r.month, currency: r.currency, ...sums(r) }));
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

    /** The projects in scope (admins: all, managers: theirs); for employees those with own bookings. */
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
