import type { Kysely } from 'kysely';

// The totals billomat returned for an export's invoice, next to the preview's (total_net_cents,
// total_gross_cents): the product notices when billomat rounds differently instead of assuming it.
// null for exports settled before 011, and for invoices billomat named without totals.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exports').addColumn('billomat_net_cents', 'bigint').execute();
  await db.schema.alterTable('exports').addColumn('billomat_gross_cents', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('exports').dropColumn('billomat_gross_cents').execute();
  await db.schema.alterTable('exports').dropColumn('billomat_net_cents').execute();
}
