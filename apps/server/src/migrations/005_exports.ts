import { sql, type Kysely } from 'kysely';
import { isPostgres, withId } from './helpers';

// Exports to billomat (PRODUCT §5). `export_bookings.active` marks the bookings an export holds right
// now; the partial unique index is the database's guarantee that no booking is in two live exports,
// whatever the application code does. Partial indexes work the same on SQLite and PostgreSQL.

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('exports'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'created', 'failed', 'undone')`),
    )
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('invoice_date', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('total_net_cents', 'bigint', (c) => c.notNull())
    .addColumn('total_gross_cents', 'bigint', (c) => c.notNull())
    .addColumn('billomat_invoice_id', 'bigint')
    .addColumn('invoice_number', 'text')
    .addColumn('invoice_status', 'text')
    .addColumn('mark_as_billed', 'integer', (c) => c.notNull())
    .addColumn('complete_in_billomat', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema.createIndex('exports_project_idx').on('exports').columns(['project_id', 'id']).execute();
  await db.schema.createIndex('exports_status_idx').on('exports').column('status').execute();

  await db.schema
    .createTable('export_bookings')
    .addColumn('export_id', 'integer', (c) => c.notNull().references('exports.id'))
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id'))
    .addColumn('booking_version', 'integer', (c) => c.notNull())
    .addColumn('billed_minutes', 'integer', (c) => c.notNull())
    .addColumn('rate_cents', 'bigint', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('export_bookings_pk', ['export_id', 'booking_id'])
    .execute();
  await db.schema
    .createIndex('export_bookings_live_booking_uq')
    .on('export_bookings')
    .column('booking_id')
    .unique()
    .where(sql.ref('active'), '=', 1)
    .execute();

  await db.schema
    .createTable('export_profiles')
    .addColumn('project_id', 'integer', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // SQLite cannot add a constraint to an existing table; there the export's rows are the truth.
  if (isPostgres(db)) {
    await sql`alter table bookings add constraint bookings_export_fk foreign key (export_id) references exports (id)`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await sql`alter table bookings drop constraint bookings_export_fk`.execute(db);
  for (const table of ['export_profiles', 'export_bookings', 'exports']) {
    await db.schema.dropTable(table).execute();
  }
}
