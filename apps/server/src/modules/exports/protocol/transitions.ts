import type { Kysely } from 'kysely';
import type { Invoice } from '@plainstaff/billomat';
import type { MessageRef } from '@plainstaff/contracts/messages';
import type { Database } from '../../../db/database';
import { storeMessage } from '../../../lib/stored-message';
import { claimsRepository } from '../claims.repository';
import { invoiceNumberLabel } from '../invoice-number';
import { exportsRepository, type ExportRow } from '../exports.repository';

// The export's state machine in the database. Each transition is one transaction whose export
// update is conditional on the expected status, so a transition that lost a race changes nothing.

/** pending → created: the invoice exists; bookings billed with its number (or given back). */
export async function markCreated(
  db: Kysely<Database>,
  exp: ExportRow,
  invoice: Pick<Invoice, 'id' | 'invoiceNumber' | 'number' | 'status' | 'totalNetCents' | 'totalGrossCents'>,
  note: MessageRef | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const changed = await exportsRepository(trx).transition(exp.id, ['pending'], {
      status: 'created',
      billomat_invoice_id: invoice.id,
      invoice_number: invoiceNumberLabel(invoice),
      invoice_status: invoice.status,
      billomat_net_cents: invoice.totalNetCents,
      billomat_gross_cents: invoice.totalGrossCents,
      error: storeMessage(note),
    });
    if (changed === 0) return;
    const claims = claimsRepository(trx);
    if (exp.mark_as_billed === 1) await claims.bill(exp.id, invoiceNumberLabel(invoice));
    else await claims.release(exp.id);
  });
}

/**
 * pending → failed because billomat no longer knows the invoice's client: the bookings are open again
 * and the customer is marked "in billomat gelöscht" (as a complete import would), in one transaction,
 * so the next preview blocks with that reason instead of trying again.
 */
export async function markFailedClientGone(
  db: Kysely<Database>,
  exp: ExportRow,
  clientId: number,
  error: MessageRef,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const changed = await exportsRepository(trx).transition(exp.id, ['pending'], {
      status: 'failed',
      error: storeMessage(error),
    });
    if (changed === 0) return;
    await claimsRepository(trx).release(exp.id);
    await trx
      .updateTable('customers')
      .set({ missing_in_billomat: 1, updated_at: new Date().toISOString() })
      .where('billomat_client_id', '=', clientId)
      .$if(exp.billomat_account !== null, (q) => q.where('billomat_account', '=', exp.billomat_account))
      .execute();
  });
}

/** pending → failed: billomat definitely has no invoice for it; the bookings are open again. */
export async function markFailed(db: Kysely<Database>, exportId: number, error: MessageRef): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const changed = await exportsRepository(trx).transition(exportId, ['pending'], {
      status: 'failed',
      error: storeMessage(error),
    });
    if (changed > 0) await claimsRepository(trx).release(exportId);
  });
}

/** Stays pending (bookings reserved); only the message for the user changes. */
export async function notePending(db: Kysely<Database>, exportId: number, error: MessageRef): Promise<void> {
  await exportsRepository(db).transition(exportId, ['pending'], { error: storeMessage(error) });
}

/** Remembers the invoice as soon as billomat names it, so a crash later is resolved by id. */
export async function recordInvoice(db: Kysely<Database>, exportId: number, invoice: Invoice): Promise<void> {
  await exportsRepository(db).transition(exportId, ['pending'], {
    billomat_invoice_id: invoice.id,
    invoice_number: invoiceNumberLabel(invoice),
    invoice_status: invoice.status,
  });
}

/** created → undone: the invoice is deleted or cancelled in billomat; every booking is open again. */
export async function markUndone(db: Kysely<Database>, exportId: number, invoiceStatus: string | null) {
  await db.transaction().execute(async (trx) => {
    const changed = await exportsRepository(trx).transition(exportId, ['created'], {
      status: 'undone',
      invoice_status: invoiceStatus,
      undone_at: new Date().toISOString(),
      undo_requested_at: null,
      error: null,
    });
    if (changed > 0) await claimsRepository(trx).release(exportId, ['reserved', 'billed']);
  });
}

/** An undo was sent but its outcome is unclear: the reconciler looks again (see reconcileUndo). */
export async function noteUndoRequested(
  db: Kysely<Database>,
  exportId: number,
  at: string | null,
): Promise<void> {
  await exportsRepository(db).setUndoRequested(exportId, at);
}
