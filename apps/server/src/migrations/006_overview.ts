import type { Kysely } from 'kysely';

// Übersicht (issue 8): when billomat's invoice status of an export was last fetched, so the overview can
// say how fresh "offen"/"bezahlt" are. The overview's aggregates run on the indexes of 002 and 005.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exports').addColumn('invoice_status_checked_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exports').dropColumn('invoice_status_checked_at').execute();
}
