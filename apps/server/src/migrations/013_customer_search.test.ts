import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { customersRepository } from '../modules/customers/customers.repository';
import { migratedTestDb } from '../testing/test-db';
import { down, up } from './013_customer_search';

const database = migratedTestDb();

describe('migration 013: the customer search index', () => {
  it('indexes the customers a database already holds, and goes back down', async () => {
    const db = database();
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
