import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

/** True when the migration runs on PostgreSQL (the schema is otherwise written once for both). */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter.constructor.name === 'PostgresAdapter';
}

/** An auto-incrementing integer primary key `id` on either dialect. */
export function withId<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>) {
  return isPostgres(db)
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export const nowIso = sql<string>`CURRENT_TIMESTAMP`;
