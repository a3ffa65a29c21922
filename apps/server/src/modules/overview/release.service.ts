import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { ReleaseResult } from '@plainstaff/contracts/overview';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { claimsRepository } from '../exports/claims.repository';
import { projectAccess } from '../projects/project-access';

/**
 * "Buchungen freigeben" for an invoice that was cancelled in billomat itself: billomat has nothing left
 * to undo, so only our side changes — the exports module's release puts the bookings back to open and
 * ends the export's holds, and the export becomes undone, all in one transaction.
 */
export function releaseService(db: Kysely<Database>) {
  return {
    async release(user: SessionUser, exportId: number): Promise<ReleaseResult> {
      const row = await db
        .selectFrom('exports')
        .select(['id', 'project_id', 'status', 'invoice_status'])
        .where('id', '=', exportId)
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', 'Diesen Export gibt es nicht.');
      await projectAccess(db).editable(user, row.project_id);
      if (row.status !== 'created' || row.invoice_status !== 'CANCELED')
        throw new AppError('INVOICE_NOT_CANCELLED');
      return db.transaction().execute(async (tx) => {
        const now = new Date().toISOString();
        // Conditional on the state read above: a concurrent release or undo changes nothing twice.
        const done = await tx
          .updateTable('exports')
          .set({ status: 'undone', undone_at: now, updated_at: now })
          .where('id', '=', exportId)
          .where('status', '=', 'created')
          .where('invoice_status', '=', 'CANCELED')
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) !== 1) throw new AppError('INVOICE_NOT_CANCELLED');
        const { n } = await tx
          .selectFrom('bookings')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('export_id', '=', exportId)
          .where('billing_state', 'in', ['reserved', 'billed'])
          .executeTakeFirstOrThrow();
        await claimsRepository(tx).release(exportId, ['reserved', 'billed']);
        return { exportId, releasedBookings: Number(n) };
      });
    },
  };
}
