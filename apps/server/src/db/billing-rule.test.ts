import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billBooking, BILLING_ROUNDINGS, bookingQuantity } from '@plainstaff/billing';
import { createTestDb, type TestDb } from '../testing/test-db';
import { bookingAmountSql, quantitySql } from './billing-rule';
import { connectDb } from './connect';

// The SQL form of the billing rule agrees with packages/billing's rule.ts on random bookings, on
// SQLite and (in the PostgreSQL run) on PostgreSQL.
let testDb: TestDb;
let db: Kysely<unknown>;
beforeAll(async () => {
  testDb = await createTestDb();
  db = (await connectDb({ location: testDb.location })).db as Kysely<unknown>;
  await db.schema
    .createTable('rule_probe')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('rate_cents', 'bigint')
    .execute();
});
afterAll(async () => {
  await db?.destroy();
  await testDb?.drop();
});

const probe = fc.array(
  fc.record({
    minutes: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 1440 })),
    rateCents: fc.option(fc.oneof(fc.constantFrom(0, 9550, 10000), fc.integer({ min: 0, max: 5_000_000 })), {
      nil: null,
    }),
  }),
  { minLength: 500, maxLength: 500 },
);

describe('the billing rule in SQL', () => {
  it.each(BILLING_ROUNDINGS.map((r) => [r]))('increment %i: quantity and amount per booking', async (inc) => {
    const rows = fc.sample(probe, { numRuns: 1, seed: 1000 + inc })[0]!;
    await sql`delete from rule_probe`.execute(db);
    await db
      .insertInto('rule_probe' as never)
      .values(rows.map((r, id) => ({ id, minutes: r.minutes, rate_cents: r.rateCents })) as never)
      .execute();
    const got = await sql<{ id: number; q: unknown; amount: unknown }>`
      select id, ${quantitySql(sql`minutes`, inc)} as q,
             ${bookingAmountSql(sql`minutes`, sql`rate_cents`, inc)} as amount
      from rule_probe order by id`.execute(db);
    expect(got.rows).toHaveLength(rows.length);
    for (const row of got.rows) {
      const r = rows[row.id]!;
      expect(Number(row.q)).toBe(bookingQuantity(r.minutes, inc));
      expect(Number(row.amount)).toBe(billBooking(r.minutes, r.rateCents ?? 0, inc).amountCents);
    }
  });

  it('20 minutes at 100 € are 33,00 €, 2:50 h are 283,00 €', async () => {
    const got = await sql<{ a: unknown; b: unknown }>`
      select ${bookingAmountSql(sql`${20}`, sql`${10000}`)} as a, ${bookingAmountSql(sql`${170}`, sql`${10000}`)} as b`.execute(
      db,
    );
    expect([Number(got.rows[0]!.a), Number(got.rows[0]!.b)]).toEqual([3300, 28300]);
  });
});
