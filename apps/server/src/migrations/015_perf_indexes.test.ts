import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../db/migrate';
import { migratedTestDb } from '../testing/test-db';
import { isPostgres } from './helpers';

// Migration 015 (issue 18): which indexes the export's tables have after it, on each dialect, and that
// it can be rolled back and applied again (the bench's plans are only as good as this index set).

const database = migratedTestDb();

async function indexesOf(table: string): Promise<string[]> {
  const { rows } = isPostgres(database() as Kysely<unknown>)
    ? await sql<{
        name: string;
      }>`select indexname as name from pg_indexes where tablename = ${table}`.execute(database())
    : await sql<{ name: string }>`
        select name from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null
      `.execute(database());
  return rows.map((r) => r.name).sort();
}

describe('migration 015: the export indexes', () => {
  it('drops the prefixes of other indexes and indexes billing_run_items.export_id', async () => {
    const bookings = await indexesOf('bookings');
    expect(bookings).toContain('bookings_project_grid_idx');
    expect(bookings).not.toContain('bookings_project_date_idx');
    expect(bookings).not.toContain('bookings_project_state_idx');
    if (isPostgres(database() as Kysely<unknown>)) {
      expect(bookings).toContain('bookings_overview_idx');
      expect(bookings).not.toContain('bookings_selection_idx');
    } else {
      expect(bookings).toContain('bookings_selection_idx');
      expect(bookings).not.toContain('bookings_overview_idx');
    }
    expect(await indexesOf('billing_run_items')).toContain('billing_run_items_export_idx');
  });

  it('rolls back to the indexes of 014 and applies again', async () => {
    const after = await indexesOf('bookings');
    await migrateTo(database() as Kysely<unknown>, '014_shared_state');
    const before = await indexesOf('bookings');
    expect(before).toEqual(
      expect.arrayContaining([
        'bookings_project_date_idx',
        'bookings_project_state_idx',
        'bookings_overview_idx',
      ]),
    );
    expect(before).not.toContain('bookings_selection_idx');
    expect(await indexesOf('billing_run_items')).not.toContain('billing_run_items_export_idx');
    await migrateToLatest(database() as Kysely<unknown>);
    expect(await indexesOf('bookings')).toEqual(after);
  });
});
