import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb } from '../db/connect';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { customersRepository } from '../modules/customers/customers.repository';
import { createTestDb, type TestDb } from '../testing/test-db';
import { down, up } from './013_customer_search';

let testDb: TestDb;
let db: Kysely<Database>;
beforeAll(async () => {
  testDb = await createTestDb();
  db = (await connectDb({ location: testDb.location })).db;
  await migrateToLatest(db as Kysely<unknown>);
});
afterAll(async () => {
  await db?.destroy();
  await testDb?.drop();
});

describe('migration 013: the customer search index', () => {
  it('indexes the customers a database already holds, and goes back down', async () => {
    await down(db as Kysely<unknown>);
    const now = '2026-01-01T00:00:00Z';
    await db
      .insertInto('customers')
      .values(
        ['Bäckerei Krause', 'Schreinerei Özdemir'].map((name, i) => ({
          name,
          number: `K-${i + 1}`,
          address: `Markt ${i + 1}\n0106${i} Dresden`,
          email: '',
          vat_id: '',
          source: 'manual' as const,
          archived: 0,
          missing_in_billomat: 0,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await up(db as Kysely<unknown>);
    const repo = customersRepository(db);
    const names = async (q: string) => (await repo.options(q, 50)).rows.map((r) => r.name);
    expect(await names('baeck')).toEqual(['Bäckerei Krause']);
    expect(await names('oezd')).toEqual(['Schreinerei Özdemir']);
    expect((await names('dresden')).sort()).toEqual(['Bäckerei Krause', 'Schreinerei Özdemir']);
    expect(await names('k-2')).toEqual(['Schreinerei Özdemir']);
  });
});
