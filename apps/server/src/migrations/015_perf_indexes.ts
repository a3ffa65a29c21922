import type { Kysely } from 'kysely';
import { isPostgres } from './helpers';

// The export at a firm's scale (issue 18; bench/README.md findings 6–8 and 11). Claim and settle rewrite
// every selected booking, and on PostgreSQL such an update is never HOT: each index of `bookings` costs
// one new entry per claimed row. So indexes whose queries another index serves go:
// - `bookings_project_date_idx (project_id, date)`, a prefix of `bookings_project_grid_idx`
//   (project_id, date, id) from migration 012;
// - `bookings_project_state_idx (project_id, billing_state, billable)`, a prefix of the overview's.
// On SQLite the overview's covering index grows into the selection's: `bookings_selection_idx` adds what
// the selection's totals, the preview's grouping and its fingerprint read (task, employee, rate source,
// id, version), in grouping order, so SQLite, which aggregates by sorting, sums a day × task × employee ×
// rate at a time from the index alone, without a sort or a booking row. PostgreSQL hashes aggregates and
// keeps `bookings_overview_idx`: its duplicate keys are stored once (2 MB at 110,000 bookings, where the
// selection's would take 10 MB and lose its totals' index-only scan to a scan of the table).
// `billing_run_items.export_id` references `exports`: without an index every insert or delete of an
// export scanned the run items (SQLite) or seq-scanned them for the key check (PostgreSQL).
const SELECTION_COLUMNS = [
  'project_id',
  'billing_state',
  'billable',
  'date',
  'task_id',
  'employee_id',
  'rate_cents',
  'minutes',
  'rate_source',
  'id',
  'version',
];
const OVERVIEW_COLUMNS = ['project_id', 'billing_state', 'billable', 'date', 'minutes', 'rate_cents'];

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) {
    await db.schema.createIndex('bookings_selection_idx').on('bookings').columns(SELECTION_COLUMNS).execute();
    await db.schema.dropIndex('bookings_overview_idx').execute();
  }
  await db.schema.dropIndex('bookings_project_state_idx').execute();
  await db.schema.dropIndex('bookings_project_date_idx').execute();
  await db.schema
    .createIndex('billing_run_items_export_idx')
    .on('billing_run_items')
    .column('export_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('billing_run_items_export_idx').execute();
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('bookings').columns(columns).execute();
  await index('bookings_project_date_idx', ['project_id', 'date']);
  await index('bookings_project_state_idx', ['project_id', 'billing_state', 'billable']);
  if (!isPostgres(db)) {
    await index('bookings_overview_idx', OVERVIEW_COLUMNS);
    await db.schema.dropIndex('bookings_selection_idx').execute();
  }
}
