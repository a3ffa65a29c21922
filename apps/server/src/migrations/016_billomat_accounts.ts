import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers';

// Customers and exports belong to the billomat account they came from or went to (issue 19). A client
// id means something only within its account: the link is unique per (account, client id) instead of
// per client id, so a second account's client 5 is not mistaken for the first account's client 5.
// Rows written before this migration belong to the account connected now (the only one there was).
//
// A relink candidate is a client of the connected account whose client number equals a customer of
// another account: the import holds it back until the user confirms the relink in its summary.

async function dropGlobalClientIdUnique(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table customers drop constraint if exists customers_billomat_client_id_key`.execute(db);
    return;
  }
  // SQLite cannot drop a column's UNIQUE: rebuild the table (sqlite.org/lang_altertable.html, the
  // 12 steps). Kysely runs SQLite migrations outside a transaction, so the pragma takes effect.
  const { rows } = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'customers'`.execute(db);
  const ddl = rows[0]!.sql;
  // Already without it (016 went down and up again: down keeps the per-account unique's freedom).
  if (!/"billomat_client_id" bigint unique/i.test(ddl)) return;
  const rebuilt = ddl
    .replace(/^create table "customers"/i, 'create table "customers_rebuilt"')
    .replace(/"billomat_client_id" bigint unique/i, '"billomat_client_id" bigint');
  if (!rebuilt.startsWith('create table "customers_rebuilt"'))
    throw new Error(`016: unexpected customers DDL: ${ddl}`);
  const indexes = await sql<{ sql: string }>`
    select sql from sqlite_master where type = 'index' and tbl_name = 'customers' and sql is not null
  `.execute(db);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    await sql.raw(rebuilt).execute(db);
    await sql`insert into customers_rebuilt select * from customers`.execute(db);
    await sql`drop table customers`.execute(db);
    await sql`alter table customers_rebuilt rename to customers`.execute(db);
    for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error(`016: foreign keys broken: ${JSON.stringify(broken.rows)}`);
    await sql`commit`.execute(db);
  } catch (err) {
    await sql`rollback`.execute(db);
    throw err;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await dropGlobalClientIdUnique(db);
  await db.schema.alterTable('customers').addColumn('billomat_account', 'text').execute();
  await db.schema.alterTable('exports').addColumn('billomat_account', 'text').execute();
  await db.schema.alterTable('customer_import_runs').addColumn('billomat_account', 'text').execute();
  await db.schema
    .alterTable('customer_import_runs')
    .addColumn('relinkable', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('customer_import_runs')
    .addColumn('relinked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  const connected = sql`(select billomat_id from integration_settings where id = 1)`;
  await sql`update customers set billomat_account = ${connected} where billomat_client_id is not null`.execute(
    db,
  );
  await sql`update exports set billomat_account = ${connected}`.execute(db);
  await sql`update customer_import_runs set billomat_account = ${connected}`.execute(db);

  await db.schema
    .createIndex('customers_billomat_link_uq')
    .on('customers')
    .columns(['billomat_account', 'billomat_client_id'])
    .unique()
    .execute();
  // Relink candidates are found by client number among other accounts' customers.
  await db.schema
    .createIndex('customers_billomat_number_idx')
    .on('customers')
    .column('billomat_client_number')
    .execute();

  await db.schema
    .createTable('customer_relink_candidates')
    .addColumn('run_id', 'integer', (c) =>
      c.notNull().references('customer_import_runs.id').onDelete('cascade'),
    )
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('billomat_client_id', 'bigint', (c) => c.notNull())
    /** JSON of the mirrored fields the customer takes over when the relink is confirmed. */
    .addColumn('fields', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_relink_candidates_pk', ['run_id', 'customer_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_relink_candidates').execute();
  await db.schema.dropIndex('customers_billomat_number_idx').execute();
  await db.schema.dropIndex('customers_billomat_link_uq').execute();
  await db.schema.alterTable('customer_import_runs').dropColumn('relinked').execute();
  await db.schema.alterTable('customer_import_runs').dropColumn('relinkable').execute();
  await db.schema.alterTable('customer_import_runs').dropColumn('billomat_account').execute();
  await db.schema.alterTable('exports').dropColumn('billomat_account').execute();
  await db.schema.alterTable('customers').dropColumn('billomat_account').execute();
  // The global unique on billomat_client_id is not restored: two accounts' customers may share an id.
}
