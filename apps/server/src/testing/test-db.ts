import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectDb } from '../db/connect';
import type { Database } from '../db/database';
import { migrateTo, migrateToLatest } from '../db/migrate';

export interface TestDb {
  location: string;
  drop(): Promise<void>;
}

/** SQLite in memory, or — in the PostgreSQL run — a fresh database per test app on the shared cluster. */
export async function createTestDb(): Promise<TestDb> {
  if (process.env.TEST_DB !== 'postgres') return { location: ':memory:', drop: async () => undefined };
  const { default: pg } = await import('pg');
  const adminUrl = inject('pgUrl');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A database that several apps can open at once, as several server processes do: a temp SQLite file,
 * or — in the PostgreSQL run — a fresh database on the shared cluster.
 */
export async function createSharedTestDb(): Promise<TestDb> {
  if (process.env.TEST_DB === 'postgres') return createTestDb();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-shared-'));
  return {
    location: path.join(dir, 'db.sqlite'),
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * For a migration test: a fresh test database, migrated to `to` (by default the latest) before the
 * file's tests and dropped after them. Returns a getter, since the database only exists once
 * `beforeAll` has run.
 */
export function migratedTestDb(to?: string): () => Kysely<Database> {
  let testDb: TestDb | undefined;
  let db: Kysely<Database> | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    db = (await connectDb({ location: testDb.location })).db;
    if (to) await migrateTo(db as Kysely<unknown>, to);
    else await migrateToLatest(db as Kysely<unknown>);
  });
  afterAll(async () => {
    await db?.destroy();
    await testDb?.drop();
  });
  return () => {
    if (!db) throw new Error('migratedTestDb: the database is only there inside a test');
    return db;
  };
}
