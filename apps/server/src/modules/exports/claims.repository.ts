import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { chunks } from './candidates.repository';

export interface ClaimRow {
  bookingId: number;
  version: number;
  billedMinutes: number;
  rateCents: number;
}

/**
 * The booking side of the protocol. Every transition is a conditional UPDATE whose WHERE states the
 * expected current state, so concurrent transactions cannot both win (no read-then-write).
 */
export function claimsRepository(db: Kysely<Database>) {
  return {
    /**
     * open → reserved for exactly these (id, version) pairs; returns how many rows changed. The caller
     * rolls back unless that equals the selection.
     */
    async claim(exportId: number, projectId: number, rows: readonly ClaimRow[]): Promise<number> {
      let changed = 0;
      for (const part of chunks(rows)) {
        const result = await db
          .updateTable('bookings')
          .set({ billing_state: 'reserved', export_id: exportId })
          .where('project_id', '=', projectId)
          .where('billing_state', '=', 'open')
          .where('billable', '=', 1)
          .where('export_id', 'is', null)
          .where((eb) =>
            eb(
              eb.refTuple('id', 'version'),
              'in',
              part.map((r) => eb.tuple(r.bookingId, r.version)),
            ),
          )
          .executeTakeFirst();
        changed += Number(result.numUpdatedRows);
      }
      return changed;
    },

    /** Why a claim fell short: a booking taken by someone else, or only edited since the preview. */
    async claimConflict(rows: readonly ClaimRow[]): Promise<'claimed' | 'outdated'> {
      for (const part of chunks(rows)) {
        const taken = await db
          .selectFrom('bookings')
          .select('id')
          .where(
            'id',
            'in',
            part.map((r) => r.bookingId),
          )
          .where((eb) => eb.or([eb('billing_state', '!=', 'open'), eb('export_id', 'is not', null)]))
          .executeTakeFirst();
        if (taken) return 'claimed';
      }
      return 'outdated';
    },

    /** The partial unique index rejects a booking another export still holds. */
    async recordHolds(exportId: number, rows: readonly ClaimRow[]): Promise<void> {
      for (const part of chunks(rows, 1000)) {
        await db
          .insertInto('export_bookings')
          .values(
            part.map((r) => ({
              export_id: exportId,
              booking_id: r.bookingId,
              booking_version: r.version,
              billed_minutes: r.billedMinutes,
              rate_cents: r.rateCents,
              active: 1,
            })),
          )
          .execute();
      }
    },

    async reactivateHolds(exportId: number): Promise<void> {
      await db.updateTable('export_bookings').set({ active: 1 }).where('export_id', '=', exportId).execute();
    },

    holds: (exportId: number) =>
      db
        .selectFrom('export_bookings')
        .select(['booking_id', 'booking_version', 'billed_minutes', 'rate_cents'])
        .where('export_id', '=', exportId)
        .execute(),

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
