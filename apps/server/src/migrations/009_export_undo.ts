import type { Kysely } from 'kysely';

// An undo whose answer from billomat was lost: remembered, so the reconciler finishes it once billomat
// shows the invoice deleted or cancelled (or forgets it when the invoice stays).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exports').addColumn('undo_requested_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exports').dropColumn('undo_requested_at').execute();
}
