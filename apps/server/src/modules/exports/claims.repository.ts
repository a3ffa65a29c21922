import { sql, type Kysely } from 'kysely';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import type { BillingRoundingValue } from '@plainstaff/contracts/exports';
import { billedMinutesSql } from '../../db/billing-rule';
import type { Database } from '../../db/database';
import type { Fingerprint } from './preview/groups.repository';
import { filterWhere, listsWhere, selectionWhere } from './selection/predicate';

const n = (v: unknown) => Number(v ?? 0);

/**
 * The booking side of the protocol, set-based: one statement claims 100,000 bookings as it claims one.
 * Every transition is a conditional UPDATE whose WHERE states the expected current state, so
 * concurrent transactions cannot both win (no read-then-write).
 */
export function claimsRepository(db: Kysely<Database>) {
  return {
    /** open → reserved for the selected, priced bookings; returns how many rows changed. */
    async claim(exportId: number, projectId: number, selection: ExportSelection): Promise<number> {
      const result = await db
        .updateTable('bookings')
        .set({ billing_state: 'reserved', export_id: exportId })
        .where((eb) =>
          eb.and([
            selectionWhere(eb, 'bookings', projectId, selection),
            eb('bookings.rate_cents', 'is not', null),
            eb('bookings.export_id', 'is', null),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** The claimed bookings as the preview saw them (count and sums of ids and versions). */
    async fingerprint(exportId: number): Promise<Fingerprint> {
      const r = await db
        .selectFrom('bookings')
        .where('export_id', '=', exportId)
        .where('billing_state', '=', 'reserved')
        .select([
          sql<string>`count(*)`.as('c'),
          sql<string>`coalesce(sum(id), 0)`.as('i'),
          sql<string>`coalesce(sum(version), 0)`.as('v'),
          sql<string>`coalesce(sum(cast(id as bigint) * version), 0)`.as('iv'),
        ])
        .executeTakeFirstOrThrow();
      return { count: n(r.c), sumId: n(r.i), sumVersion: n(r.v), sumIdVersion: n(r.iv) };
    },

    /** Why a claim fell short: bookings of the selection taken by another export, or only edited since. */
    async claimConflict(exportId: number, projectId: number, selection: ExportSelection) {
      const taken = await db
        .selectFrom('bookings as b')
        .select('b.id')
        .where((eb) =>
          eb.and([
            filterWhere(eb, 'b', projectId, { ...selection.filter, state: 'all' }),
            listsWhere(eb, 'b', selection),
            eb('b.export_id', 'is not', null),
            eb('b.export_id', '!=', exportId),
          ]),
        )
        .limit(1)
        .executeTakeFirst();
      return taken ? ('claimed' as const) : ('outdated' as const);
    },

    /** One hold per claimed booking; the partial unique index rejects a booking another export holds. */
    async recordHolds(exportId: number, rounding: BillingRoundingValue): Promise<void> {
      await db
        .insertInto('export_bookings')
        .columns(['export_id', 'booking_id', 'booking_version', 'billed_minutes', 'rate_cents', 'active'])
        .expression(
          db
            .selectFrom('bookings')
            .select([
              sql<number>`${exportId}`.as('export_id'),
              'id',
              'version',
              billedMinutesSql(sql`minutes`, rounding).as('billed_minutes'),
              sql<number>`rate_cents`.as('rate_cents'),
              sql<number>`1`.as('active'),
            ])
            .where('export_id', '=', exportId)
            .where('billing_state', '=', 'reserved'),
        )
        .execute();
    },

    /** A failed export claims its bookings again — exactly those it held, unchanged since, still open. */
    async reclaim(exportId: number, projectId: number): Promise<{ changed: number; held: number }> {
      const result = await db
        .updateTable('bookings')
        .set({ billing_state: 'reserved', export_id: exportId })
        .where('project_id', '=', projectId)
        .where('billing_state', '=', 'open')
        .where('billable', '=', 1)
        .where('export_id', 'is', null)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('export_bookings as xb')
              .select('xb.booking_id')
              .where('xb.export_id', '=', exportId)
              .whereRef('xb.booking_id', '=', 'bookings.id')
              .whereRef('xb.booking_version', '=', 'bookings.version'),
          ),
        )
        .executeTakeFirst();
      const { held } = await db
        .selectFrom('export_bookings')
        .select(sql<string>`count(*)`.as('held'))
        .where('export_id', '=', exportId)
        .executeTakeFirstOrThrow();
      return { changed: Number(result.numUpdatedRows), held: n(held) };
    },

    async reactivateHolds(exportId: number): Promise<void> {
      await db.updateTable('export_bookings').set({ active: 1 }).where('export_id', '=', exportId).execute();
    },

    /** reserved → billed, stamped with the invoice number. */
    async bill(exportId: number, invoiceNumber: string | null): Promise<number> {
      const result = await db
        .updateTable('bookings')
        .set({ billing_state: 'billed', invoice_number: invoiceNumber })
        .where('export_id', '=', exportId)
        .where('billing_state', '=', 'reserved')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Gives the export's bookings back (reserved, or billed on undo) and ends its holds. */
    async release(exportId: number, states: ('reserved' | 'billed')[] = ['reserved']): Promise<void> {
      await db
        .updateTable('bookings')
        .set({ billing_state: 'open', export_id: null, invoice_number: null })
        .where('export_id', '=', exportId)
        .where('billing_state', 'in', states)
        .execute();
      await db.updateTable('export_bookings').set({ active: 0 }).where('export_id', '=', exportId).execute();
    },
  };
}
