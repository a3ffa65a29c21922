import { sql, type Kysely } from 'kysely';
import type { Dialect } from './connect';
import type { Database } from './database';

const running = new WeakMap<object, Set<string>>();

/**
 * Runs `work` unless the same named work is running already — in this process, and on PostgreSQL in
 * any instance on the database: a session-level advisory lock (`pg_try_advisory_lock`) held on one
 * pooled connection while `work` runs with the normal pool. A process that dies drops its connection
 * and with it the lock. SQLite serves one process, so the in-process check is all it needs.
 * Returns whether `work` ran.
 */
export async function exclusively(
  db: Kysely<Database>,
  dialect: Dialect,
  name: string,
  work: () => Promise<void>,
): Promise<boolean> {
  const names = running.get(db) ?? new Set<string>();
  running.set(db, names);
  if (names.has(name)) return false;
  names.add(name);
  try {
    if (dialect !== 'postgres') {
      await work();
      return true;
    }
    return await db.connection().execute(async (conn) => {
      const { rows } = await sql<{
        ok: boolean;
      }>`select pg_try_advisory_lock(hashtext(${name})) as ok`.execute(conn);
      if (!rows[0]?.ok) return false;
      try {
        await work();
        return true;
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(conn);
      }
    });
  } finally {
    names.delete(name);
  }
}
