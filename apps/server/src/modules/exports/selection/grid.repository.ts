import { sql, type Kysely } from 'kysely';
import type { ExportFilter } from '@plainstaff/contracts/export-selection';
import type { BillingRoundingValue } from '@plainstaff/contracts/exports';
import { bookingAmountSql, billedMinutesSql, quantitySql } from '../../../db/billing-rule';
import type { Database } from '../../../db/database';
import { cursorWhere, filterWhere, selectableWhere } from './predicate';

// The grid's rows, a keyset page at a time in the grid's order (date, id): the index
// bookings_project_grid_idx (project_id, date, id) serves every page at the same cost, page 1 or 1,000.

export function gridRepository(db: Kysely<Database>) {
  const rows = (projectId: number, filter: ExportFilter, rounding: BillingRoundingValue) =>
    db
      .selectFrom('bookings as b')
      .innerJoin('users as u', 'u.id', 'b.employee_id')
      .leftJoin('tasks as t', 't.id', 'b.task_id')
      .leftJoin('exports as e', 'e.id', 'b.export_id')
      .where((eb) => filterWhere(eb, 'b', projectId, filter))
      .select([
        'b.id',
        'b.date',
        'b.employee_id',
        'u.name as employee_name',
        'b.task_id',
        't.name as task_name',
        'b.minutes',
        billedMinutesSql(sql`b.minutes`, rounding).as('billed_minutes'),
        quantitySql(sql`b.minutes`, rounding).as('quantity'),
        'b.rate_cents',
        'b.rate_source',
        sql<
          number | null
        >`case when b.rate_cents is null then null else ${bookingAmountSql(sql`b.minutes`, sql`b.rate_cents`, rounding)} end`.as(
          'amount_cents',
        ),
        'b.comment',
        'b.billable',
        'b.billing_state',
        'b.export_id',
        'b.invoice_number',
        'e.billomat_invoice_id',
        'e.billomat_account',
      ]);

  return {
    /**
     * Up to `limit` rows after (or before) a cursor, in grid order, plus whether more follow in the
     * direction of travel (one row more is read to know).
     */
    async page(
      projectId: number,
      filter: ExportFilter,
      rounding: BillingRoundingValue,
      at: { after?: string; before?: string },
      limit: number,
    ) {
      const backwards = at.before !== undefined;
      let q = rows(projectId, filter, rounding);
      if (at.after) q = q.where(() => cursorWhere('b', '>', at.after!));
      if (at.before) q = q.where(() => cursorWhere('b', '<', at.before!));
      const found = await q
        .orderBy('b.date', backwards ? 'desc' : 'asc')
        .orderBy('b.id', backwards ? 'desc' : 'asc')
        .limit(limit + 1)
        .execute();
      const more = found.length > limit;
      const items = found.slice(0, limit);
      if (backwards) items.reverse();
      return { items, more };
    },

    /** The selectable ids from one row to another (inclusive, either order), at most `max` + 1. */
    async idsBetween(projectId: number, filter: ExportFilter, a: string, b: string, max: number) {
      const [from, to] = ordered(a, b);
      const found = await db
        .selectFrom('bookings as b')
        .where((eb) =>
          eb.and([
            filterWhere(eb, 'b', projectId, filter),
            selectableWhere(eb, 'b'),
            cursorWhere('b', '>=', from),
            cursorWhere('b', '<=', to),
          ]),
        )
        .select('b.id')
        .orderBy('b.date')
        .orderBy('b.id')
        .limit(max + 1)
        .execute();
      return found.map((r) => r.id);
    },
  };
}

/** Two cursors in grid order (by date, then numerically by id). */
function ordered(a: string, b: string): [string, string] {
  const [da, ia] = a.split(',');
  const [dbb, ib] = b.split(',');
  if (da! < dbb!) return [a, b];
  if (da! > dbb!) return [b, a];
  return Number(ia) <= Number(ib) ? [a, b] : [b, a];
}

export type GridRow = Awaited<ReturnType<ReturnType<typeof gridRepository>['page']>>['items'][number];
