import { sql, type Kysely } from 'kysely';
import type { ExportSelection, SelectionTotals } from '@plainstaff/contracts/export-selection';
import type { BillingRoundingValue } from '@plainstaff/contracts/exports';
import { bookingAmountSql, billedMinutesSql, quantitySql } from '../../../db/billing-rule';
import type { Database } from '../../../db/database';
import { filterWhere, selectableWhere, selectionWhere } from './predicate';

const n = (v: unknown) => Number(v ?? 0);

/**
 * The grid's counts and the selection's figures: two aggregates over a covering index (SQLite's
 * bookings_selection_idx, PostgreSQL's bookings_overview_idx), no booking row unless ids are listed. The
 * selection sits in the WHERE of the sums, so they read only the selected entries and sum plainly (a
 * CASE per figure re-evaluated the selection for every filtered booking: about twice the cost).
 */
export async function selectionTotals(
  db: Kysely<Database>,
  projectId: number,
  selection: ExportSelection,
  rounding: BillingRoundingValue,
): Promise<SelectionTotals> {
  const [counts, sums] = await Promise.all([
    db
      .selectFrom('bookings as b')
      .where((eb) => filterWhere(eb, 'b', projectId, selection.filter))
      .select((eb) => [
        sql<string>`count(*)`.as('filtered'),
        sql<string>`sum(case when ${selectableWhere(eb, 'b')} then 1 else 0 end)`.as('selectable'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('bookings as b')
      .where((eb) => selectionWhere(eb, 'b', projectId, selection))
      .select([
        sql<string>`count(*)`.as('selected'),
        sql<string>`sum(b.minutes)`.as('booked'),
        sql<string>`sum(${billedMinutesSql(sql`b.minutes`, rounding)})`.as('billed'),
        sql<string>`sum(${quantitySql(sql`b.minutes`, rounding)})`.as('quantity'),
        sql<string>`sum(${bookingAmountSql(sql`b.minutes`, sql`b.rate_cents`, rounding)})`.as('amount'),
        sql<string>`sum(case when b.rate_cents is null then 1 else 0 end)`.as('unpriced'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    filteredCount: n(counts.filtered),
    selectableCount: n(counts.selectable),
    selectedCount: n(sums.selected),
    bookedMinutes: n(sums.booked),
    billedMinutes: n(sums.billed),
    quantityHundredths: n(sums.quantity),
    amountCents: n(sums.amount),
    unpricedCount: n(sums.unpriced),
  };
}
