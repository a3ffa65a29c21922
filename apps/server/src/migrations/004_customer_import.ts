import { type Kysely } from 'kysely';
import { withId } from './helpers';

// Customer import (issue 6): one row per run (progress and summary for the SPA), and a single lock row
// so that only one import runs at a time even with several server instances on one database.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('customer_import_runs'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_by', 'integer')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('pages_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pages_total', 'integer')
    .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('linked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('missing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .execute();

  // Always exactly one row (id = 1); `holder` null = free. Taken with a conditional UPDATE, which is
  // atomic on SQLite and PostgreSQL alike; `expires_at` frees the lock of a crashed instance.
  await db.schema
    .createTable('customer_import_lock')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('holder', 'text')
    .addColumn('run_id', 'integer')
    .addColumn('expires_at', 'text')
    .execute();
  await (db as Kysely<{ customer_import_lock: { id: number } }>)
    .insertInto('customer_import_lock')
    .values({ id: 1 })
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('customer_import_lock').execute();
  await db.schema.dropTable('customer_import_runs').execute();
}
