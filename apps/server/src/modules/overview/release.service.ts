import type { FastifyInstance } from 'fastify';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { ReleaseResult } from '@plainstaff/contracts/overview';
import { AppError } from '../../errors';
import { mapBillomatErrors } from '../../plugins/billomat';
import { projectAccess } from '../projects/project-access';

/**
 * "Buchungen freigeben" for an invoice that was cancelled in billomat itself. The exports module's undo
 * does the work (for a cancelled invoice it changes nothing in billomat and releases the bookings); this
 * only makes sure the one click cannot cancel an invoice that billomat no longer reports as cancelled.
 */
export function releaseService(app: FastifyInstance) {
  const db = app.db;
  return {
    async release(user: SessionUser, exportId: number): Promise<ReleaseResult> {
      const row = await db
        .selectFrom('exports')
        .select(['id', 'project_id', 'status', 'invoice_status', 'billomat_invoice_id', 'billomat_account'])
        .where('id', '=', exportId)
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', { context: 'export' });
      await projectAccess(db).editable(user, row.project_id);
      if (row.status !== 'created' || row.invoice_status !== 'CANCELED' || row.billomat_invoice_id === null)
        throw new AppError('INVOICE_NOT_CANCELLED');
      const client = await app.billomat.clientForAccount(row.billomat_account);
      const now = await mapBillomatErrors(() => client.invoices.get(Number(row.billomat_invoice_id)));
      if (now.status !== 'CANCELED') {
        await db
          .updateTable('exports')
          .set({ invoice_status: now.status })
          .where('id', '=', exportId)
          .execute();
        throw new AppError('INVOICE_NOT_CANCELLED');
      }
      const { n } = await db
        .selectFrom('bookings')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('export_id', '=', exportId)
        .where('billing_state', 'in', ['reserved', 'billed'])
        .executeTakeFirstOrThrow();
      await app.exports.undo(user, exportId);
      return { exportId, releasedBookings: Number(n) };
    },
  };
}
