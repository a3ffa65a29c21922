import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectDb } from '../../db/connect';
import type { Database } from '../../db/database';
import { migrateToLatest } from '../../db/migrate';
import { buildTestApp, type TestApp } from '../../testing/app';
import { createTestDb } from '../../testing/test-db';
import { quotaGate, quotaState } from './quota';

// billomat's quota per account, shared in the database (issue 20): N gates on one database — N server
// instances — never hand out more requests per window than the account allows.

let t: TestApp;
let db: Kysely<Database>;
beforeAll(async () => {
  t = await buildTestApp();
  db = t.app.db;
});
afterAll(() => t?.close());
beforeEach(async () => {
  await db.deleteFrom('billomat_quota').execute();
});

describe('quotaGate', () => {
  it('hands out the window, then names its end; a new window starts afresh', async () => {
    let now = 1_000_000;
    const gate = quotaGate(db, 'acme', { perWindow: 3, windowMs: 60_000 }, () => now);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await gate.acquire());
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toEqual({ ok: false, resetAt: new Date(1_060_000) });
    now = 1_060_000;
    expect((await gate.acquire()).ok).toBe(true);
    expect(await quotaState(db, 'acme', now)).toEqual({ remaining: 2, resetAt: new Date(1_120_000) });
  });

  it('two instances together never exceed the quota, however they interleave', async () => {
    // Two connection pools on one database, as two server processes have.
    const place = await createTestDb();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-quota-'));
    const location = place.location === ':memory:' ? path.join(dir, 'db.sqlite') : place.location;
    const [a, b] = [await connectDb({ location }), await connectDb({ location })];
    try {
      await migrateToLatest(a.db as Kysely<unknown>);
      const now = () => 5_000_000;
      const gates = [a.db, b.db].map((d) => quotaGate(d, 'shared', { perWindow: 5, windowMs: 60_000 }, now));
      const tries = await Promise.all(Array.from({ length: 40 }, (_, i) => gates[i % 2]!.acquire()));
      expect(tries.filter((r) => r.ok)).toHaveLength(5);
    } finally {
      await a.db.destroy();
      await b.db.destroy();
      await place.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("adopts billomat's window and the lower count; ignores headers of a window that is over", async () => {
    const now = () => 2_000_000;
    const gate = quotaGate(db, 'acme', { perWindow: 300, windowMs: 900_000 }, now);
    await gate.acquire();
    await gate.observe({ remaining: 7, resetAt: new Date(2_030_000) });
    expect(await quotaState(db, 'acme', 2_000_000)).toEqual({ remaining: 7, resetAt: new Date(2_030_000) });
    await gate.acquire();
    // billomat had not yet counted our second request: the lower count stays.
    await gate.observe({ remaining: 7, resetAt: new Date(2_030_000) });
    expect((await quotaState(db, 'acme', 2_000_000))!.remaining).toBe(6);
    // An answer of a window that is already over changes nothing.
    await gate.observe({ remaining: 299, resetAt: new Date(1_130_000) });
    expect((await quotaState(db, 'acme', 2_000_000))!.remaining).toBe(6);
    // billomat started a new window (or its windows changed): its count and end are taken over.
    await gate.observe({ remaining: 9, resetAt: new Date(2_002_500) });
    expect(await quotaState(db, 'acme', 2_000_000)).toEqual({ remaining: 9, resetAt: new Date(2_002_500) });
  });

  it('a 429 pauses every instance until its reset', async () => {
    const now = () => 3_000_000;
    const a = quotaGate(db, 'acme', { perWindow: 300, windowMs: 900_000 }, now);
    const b = quotaGate(db, 'acme', { perWindow: 300, windowMs: 900_000 }, now);
    await a.acquire();
    await a.limited(new Date(3_120_000));
    expect(await b.acquire()).toEqual({ ok: false, resetAt: new Date(3_120_000) });
  });
});
