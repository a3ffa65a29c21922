import { sql, type Kysely } from 'kysely';
import { withId } from './helpers';

// Core of PlainStaff: customers, projects, tasks, members, bookings. Money is bigint cents (rates up to
// 99.999.999,99 € exceed a 32-bit PostgreSQL integer), durations integer minutes, booleans 0/1.

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('customers'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('vat_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('manual', 'billomat')`))
    .addColumn('billomat_client_id', 'bigint', (c) => c.unique())
    .addColumn('billomat_client_number', 'text')
    .addColumn('tax_rule', 'text')
    .addColumn('currency_code', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('missing_in_billomat', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('billomat_updated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customers_name_idx').on('customers').column('name').execute();

  await withId(db, db.schema.createTable('projects'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'running', 'completed')`))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('vat_override_bp', 'integer')
    .addColumn('start_date', 'text')
    .addColumn('budget_type', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(sql`budget_type in ('none', 'hours', 'amount')`),
    )
    .addColumn('budget_minutes', 'bigint')
    .addColumn('budget_cents', 'bigint')
    .addColumn('hourly_rate_cents', 'bigint')
    .addColumn('no_tasks', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('projects_customer_idx').on('projects').column('customer_id').execute();
  await db.schema.createIndex('projects_status_idx').on('projects').column('status').execute();

  await withId(db, db.schema.createTable('tasks'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rate_cents', 'bigint')
    .addColumn('budget_minutes', 'bigint')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('tasks_project_idx').on('tasks').column('project_id').execute();

  await db.schema
    .createTable('project_members')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('rate_cents', 'bigint')
    .addColumn('is_manager', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'user_id'])
    .execute();
  await db.schema.createIndex('project_members_user_idx').on('project_members').column('user_id').execute();

  await createBookings(db);
}

async function createBookings(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('bookings'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addColumn('task_id', 'integer', (c) => c.references('tasks.id'))
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 1 and 1440`))
    .addColumn('rate_cents', 'bigint')
    .addColumn('rate_source', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('billable', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('billing_state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`billing_state in ('open', 'reserved', 'billed')`),
    )
    // The FK to exports is added by migration 005.
    .addColumn('export_id', 'integer')
    .addColumn('invoice_number', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('bookings').columns(columns).execute();
  await index('bookings_project_date_idx', ['project_id', 'date']);
  await index('bookings_employee_date_idx', ['employee_id', 'date']);
  await index('bookings_project_state_idx', ['project_id', 'billing_state', 'billable']);
  await index('bookings_task_idx', ['task_id']);
  await index('bookings_date_idx', ['date', 'id']);
  await index('bookings_export_idx', ['export_id']);

  await withId(db, db.schema.createTable('booking_changes'))
    .addColumn('booking_id', 'integer', (c) => c.notNull().references('bookings.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('booking_changes_booking_idx')
    .on('booking_changes')
    .column('booking_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['booking_changes', 'bookings', 'project_members', 'tasks', 'projects', 'customers']) {
    await db.schema.dropTable(table).execute();
  }
}
