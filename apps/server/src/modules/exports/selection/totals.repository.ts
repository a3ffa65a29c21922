import { sql, type Kysely } from 'kysely';
import type { ExportSelection, SelectionTotals } from '@plainstaff/contracts/export-selection';
import type { BillingRoundingValue } from '@plainstaff/contracts/exports';
import { bookingAmountSql, billedMinutesSql, quantitySql } from '../../../db/billing-rule';
import type { Database } from '../../../db/database';
import { filterWhere, listsWhere, selectableWhere } from './predicate';

const n = (v: unknown) => Number(v ?? 0);

/** The grid's count and the selection's figures in ONE aggregate over the filtered bookings. */
export async function selectionTotals(
  db: Kysely<Database>,
  projectId: number,
  selection: ExportSelection,
  rounding: BillingRoundingValue,
): Promise<SelectionTotals> {
  const row = await db
    .selectFrom('bookings as b')
    .where((eb) => filterWhere(eb, 'b', projectId, selection.filter))
    .select((eb) => {
      const selectable = selectableWhere(eb, 'b');
      const selected = eb.and([selectable, listsWhere(eb, 'b', selection)]);
      const sum = (value: ReturnType<typeof sql>) =>
        sql<string>`sum(case when ${selected} then ${value} else 0 end)`;
      return [
        sql<string>`count(*)`.as('filtered'),
        sql<string>`sum(case when ${selectable} then 1 else 0 end)`.as('selectable'),
        sum(sql`1`).as('selected'),
        sum(sql`b.minutes`).as('booked'),
        sum(billedMinutesSql(sql`b.minutes`, rounding)).as('billed'),
        sum(quantitySql(sql`b.minutes`, rounding)).as('quantity'),
        sum(bookingAmountSql(sql`b.minutes`, sql`b.rate_cents`, rounding)).as('amount'),
        sum(sql`case when b.rate_cents is null then 1 else 0 end`).as('unpriced'),
      ];
    })
    .executeTakeFirstOrThrow();
  return {
    filteredCount: n(row.filtered),
    selectableCount: n(row.selectable),
    selectedCount: n(row.selected),
    bookedMinutes: n(row.booked),
    billedMinutes: n(row.billed),
    quantityHundredths: n(row.quantity),
    amountCents: n(row.amount),
    unpricedCount: n(row.unpriced),
  };
}
