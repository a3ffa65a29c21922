import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

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
