import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import { customerSearchRepository } from '../modules/customers/customers.search.repository';
import { isPostgres } from './helpers';

// Customers at a firm's scale (issue 19): the "Kunde" field and the Kunden page search on the server.
// `like '%x%'` reads every customer, so the search matches word prefixes instead, as ranges on a B-tree
// of folded words (modules/customers/customers.search.ts): plain SQL that SQLite and PostgreSQL both
// index, no extension needed. The "C" collation makes PostgreSQL order terms by code point, the order
// the prefix ranges assume (SQLite's default, BINARY, already does).
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const table = db.schema
    .createTable('customer_search_terms')
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => (pg ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addPrimaryKeyConstraint('customer_search_terms_pk', ['customer_id', 'term']);
  // The primary key is the table on SQLite: no rowid and no second copy of the terms.
  await (pg ? table : table.modifyEnd(sql`without rowid`)).execute();
  await db.schema
    .createIndex('customer_search_terms_term_idx')
    .on('customer_search_terms')
    .columns(['term', 'customer_id'])
    .execute();
  // The picker without a search and the Kunden page list active customers by name.
  await db.schema
    .createIndex('customers_archived_name_idx')
    .on('customers')
    .columns(['archived', 'name'])
    .execute();

  const typed = db as unknown as Kysely<Database>;
  const ids = (await typed.selectFrom('customers').select('id').execute()).map((r) => r.id);
  await customerSearchRepository(typed).reindex(ids);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_archived_name_idx').execute();
  await db.schema.dropTable('customer_search_terms').execute();
}
