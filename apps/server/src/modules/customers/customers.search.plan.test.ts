import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb, type Dialect } from '../../db/connect';
import type { Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { createTestDb, type TestDb } from '../../testing/test-db';
import { customersRepository } from './customers.repository';
import { customersService } from './customers.service';
import { customersNotByKey, explain, fullScans, recordingDb } from './testing/explain';
import { insertManyCustomers } from './testing/many-customers';

// Issue 19: the customer search reads the search index, never every customer. The statements the
// repository really runs are explained, on SQLite and (in the PostgreSQL run) on PostgreSQL, over
// 5,000 customers.
let testDb: TestDb;
let db: Kysely<Database>;
let dialect: Dialect;
beforeAll(async () => {
  testDb = await createTestDb();
  ({ db, dialect } = await connectDb({ location: testDb.location }));
  await migrateToLatest(db as Kysely<unknown>);
  await insertManyCustomers(db, 5000);
  await customersService(db, async () => null).create({
    name: 'Feinkost Müller',
    number: 'K-777',
    address: 'Marktplatz 3\n82487 Oberammergau',
    email: 'laden@feinkost-mueller.example',
    vatId: '',
  });
  // PostgreSQL's autovacuum collects statistics on a live database; the product never runs ANALYZE
  // on SQLite, so its plans are judged without statistics, as they are in production.
  if (dialect === 'postgres') await sql`analyze`.execute(db);
});
afterAll(async () => {
  await db?.destroy();
  await testDb?.drop();
});

async function plansOf(run: (repo: ReturnType<typeof customersRepository>) => Promise<unknown>) {
  const recording = recordingDb(db);
  await run(customersRepository(recording.db));
  const queries = recording.take();
  expect(queries.length).toBeGreaterThan(0);
  return Promise.all(queries.map(async (q) => ({ sql: q.sql, plan: await explain(db, dialect, q) })));
}

function expectIndexed(plans: { sql: string; plan: string[] }[]) {
  for (const { sql: text, plan } of plans) {
    const where = `${text}\n${plan.join('\n')}`;
    expect(customersNotByKey(plan), where).toEqual([]);
    expect(fullScans(plan, 'customer_search_terms', ['t', 'w']), where).toEqual([]);
    expect(plan.join('\n'), where).toContain('customer_search_terms_term_idx');
  }
}

describe('the customer search plan', () => {
  it.each([
    ['a name', 'müller'],
    ['a name spelled out', 'muel'],
    ['a customer number', 'K-777'],
    ['a city', 'Oberammergau'],
    ['two words', 'feinkost mül'],
  ])('the picker finds by %s through the index', async (_what, text) => {
    const plans = await plansOf(async (repo) => {
      const { rows } = await repo.options(text, 50);
      expect(rows.map((r) => r.name)).toEqual(['Feinkost Müller']);
    });
    expectIndexed(plans);
  });

  it('the Kunden page counts and pages its search through the index', async () => {
    const plans = await plansOf(async (repo) => {
      const { rows, total } = await repo.list({ search: 'Oberammergau', page: 1, pageSize: 25 });
      expect([rows.length, total]).toEqual([1, 1]);
      await repo.list({ search: 'müller', source: 'manual', includeArchived: '1', page: 1, pageSize: 25 });
    });
    expect(plans).toHaveLength(4);
    expectIndexed(plans);
  });

  // PostgreSQL may rightly read the whole table when a word matches a large part of it (its costs
  // decide); SQLite has no statistics of its own here and is held to the index by the CROSS JOIN.
  it.runIf(process.env.TEST_DB !== 'postgres')(
    'on SQLite even a one-letter search starts from the index',
    async () => {
      const plans = await plansOf(async (repo) => {
        const { rows, more } = await repo.options('b', 50);
        expect([rows.length, more]).toEqual([50, true]);
        await repo.list({ search: 'b', page: 40, pageSize: 25 });
      });
      expectIndexed(plans);
    },
  );
});
