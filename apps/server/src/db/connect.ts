import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './database';

export type Dialect = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  dialect: Dialect;
}

export interface DbOptions {
  /** `:memory:`, a file path, or a postgres:// URL. */
  location: string;
}

export async function connectDb({ location }: DbOptions): Promise<DbHandle> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const { default: pg } = await import('pg');
    // Integer columns hold cents and minutes; bigint counts (COUNT(*)) come back as strings otherwise.
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: location, max: 10 });
    // An idle client dropped by the server (restart, failover, DROP DATABASE) must not crash the
    // process; the pool replaces it on the next query.
    pool.on('error', () => undefined);
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  if (location !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
  const sqlite = new SqliteDatabase(location);
  // Set explicitly (HOUSE-STYLE): WAL for concurrent readers, FK checks on, and a busy timeout so a
  // second writer waits instead of failing.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
  };
}
