import { sql, type Kysely } from 'kysely';

// State that several server instances on one database must share (issue 20): billomat's request quota
// per account, the login throttle's counters, and the owner of a running billing run with the lease it
// renews (another instance takes the run over when the lease runs out).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('billomat_quota')
    .addColumn('billomat_id', 'text', (c) => c.primaryKey())
    .addColumn('remaining', 'integer', (c) => c.notNull())
    /** Epoch milliseconds when the window ends. */
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    /** 1 once billomat's own X-Rate-Limit-Reset was seen for this window (then it is authoritative). */
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('billing_runs').addColumn('owner', 'text').execute();
  await db.schema.alterTable('billing_runs').addColumn('lease_until', 'bigint').execute();
  await sql`update billing_runs set lease_until = 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('billing_runs').dropColumn('lease_until').execute();
  await db.schema.alterTable('billing_runs').dropColumn('owner').execute();
  await db.schema.dropTable('rate_limit_hits').execute();
  await db.schema.dropTable('billomat_quota').execute();
}
