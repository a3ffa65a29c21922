import { sql, type Kysely } from 'kysely';
import { withId } from './helpers';

// Abrechnungslauf (issue 9). The run and one item per project live in the database so a restart
// resumes where it stopped. Two unique columns are the guards between instances: `period_key`
// (one scheduled run per month) and `active_lock` ('active' while a run is running or waiting).
// Unique columns allow many NULLs on SQLite and PostgreSQL alike.

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('billing_runs'))
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('manual', 'schedule')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('running', 'waiting', 'done', 'cancelled', 'failed')`),
    )
    .addColumn('period_key', 'text', (c) => c.unique())
    .addColumn('active_lock', 'text', (c) => c.unique())
    .addColumn('cutoff_date', 'text', (c) => c.notNull())
    .addColumn('invoice_date', 'text', (c) => c.notNull())
    .addColumn('drafts_only', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('export_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('waiting_until', 'text')
    .addColumn('current_item_id', 'integer')
    .addColumn('cancel_requested', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requests_estimate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('billing_runs_status_idx').on('billing_runs').column('status').execute();

  await withId(db, db.schema.createTable('billing_run_items'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('billing_runs.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addColumn('project_number', 'text', (c) => c.notNull())
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'running', 'done', 'skipped', 'failed')`),
    )
    .addColumn('export_id', 'integer', (c) => c.references('exports.id'))
    .addColumn('invoice_number', 'text')
    .addColumn('reason', 'text')
    .addColumn('billed_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('total_net_cents', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('total_gross_cents', 'bigint', (c) => c.notNull().defaultTo(0))
    /** Set when billomat refused the export with 429: post it again (same reference) after this time. */
    .addColumn('retry_at', 'text')
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addUniqueConstraint('billing_run_items_project_uq', ['run_id', 'project_id'])
    .execute();
  await db.schema
    .createIndex('billing_run_items_run_idx')
    .on('billing_run_items')
    .columns(['run_id', 'position'])
    .execute();

  // Singleton (id = 1): the automatic monthly run.
  await db.schema
    .createTable('billing_run_schedule')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('day_of_month', 'integer', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('enabled_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['billing_run_schedule', 'billing_run_items', 'billing_runs']) {
    await db.schema.dropTable(table).execute();
  }
}
