import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/app';
import { exclusively } from './exclusive';

// One reconciler sweep at a time: in this process always; across instances on PostgreSQL, where a
// second instance holding the advisory lock makes this one skip.
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

describe('exclusively', () => {
  it('does not start the same work twice at once in one process', async () => {
    let release!: () => void;
    let started!: () => void;
    const working = new Promise<void>((r) => (started = r));
    const first = exclusively(
      t.app.db,
      t.app.dbDialect,
      'job',
      () =>
        new Promise<void>((r) => {
          release = r;
          started();
        }),
    );
    // On PostgreSQL the work starts only once the advisory lock is taken (a round trip later).
    await working;
    expect(await exclusively(t.app.db, t.app.dbDialect, 'job', async () => undefined)).toBe(false);
    expect(await exclusively(t.app.db, t.app.dbDialect, 'other', async () => undefined)).toBe(true);
    release();
    expect(await first).toBe(true);
    expect(await exclusively(t.app.db, t.app.dbDialect, 'job', async () => undefined)).toBe(true);
  });

  it.runIf(process.env.TEST_DB === 'postgres')(
    'skips while another instance (another session) holds the lock, and runs once it is gone',
    async () => {
      let ran = 0;
      await t.app.db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(hashtext('plainstaff:reconciler'))`.execute(conn);
        expect(await exclusively(t.app.db, 'postgres', 'plainstaff:reconciler', async () => void ran++)).toBe(
          false,
        );
        await sql`select pg_advisory_unlock(hashtext('plainstaff:reconciler'))`.execute(conn);
      });
      expect(await exclusively(t.app.db, 'postgres', 'plainstaff:reconciler', async () => void ran++)).toBe(
        true,
      );
      expect(ran).toBe(1);
    },
  );
});
