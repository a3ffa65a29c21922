import type { Kysely } from 'kysely';

// The export grid pages by keyset (date, id) within a project (issue 18). SQLite's (project_id, date)
// index carries the rowid and so already serves that order; PostgreSQL needs the id in the index to
// read a page without sorting the project's bookings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('bookings_project_grid_idx')
    .on('bookings')
    .columns(['project_id', 'date', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('bookings_project_grid_idx').execute();
}
