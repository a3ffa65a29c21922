import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersService } from '../users/users.service';
import { buildTestInstances, ORIGIN, type TestApp } from '../../testing/app';
import { databaseStore } from '../../plugins/rate-limit';

// Issue 20: the login throttle counts in the database, so two instances behind one proxy refuse the
// eleventh try of a minute together (each counting on its own would allow twenty).

let group: Awaited<ReturnType<typeof buildTestInstances>>;
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  group = await buildTestInstances(2);
  [a, b] = group.instances as [TestApp, TestApp];
});
afterAll(() => group?.close());

let n = 0;
async function account() {
  const email = `throttle${++n}@instances.test`;
  const password = `richtig-${n}-Passwort`;
  await usersService(a.app.db).create({
    email,
    name: 'T',
    role: 'employee',
    password,
    defaultRateCents: null,
  });
  return { email, password };
}
const attempt = (t: TestApp, email: string, password: string, ip = '198.51.100.20') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: { origin: ORIGIN },
    payload: { email, password },
  });

describe('login throttle across instances', () => {
  it('ten tries spread over two instances use up the minute on both', async () => {
    const acc = await account();
    for (let i = 0; i < 10; i++) {
      const res = await attempt(i % 2 === 0 ? a : b, acc.email, `falsch-${i}`);
      expect(res.statusCode, `try ${i + 1}`).toBe(401);
    }
    for (const t of [a, b]) {
      const refused = await attempt(t, acc.email, acc.password);
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'LOGIN_RATE_LIMITED' });
    }
    // Another address is not throttled, on either instance.
    expect((await attempt(b, acc.email, acc.password, '203.0.113.9')).statusCode).toBe(200);
  });

  it('stores no address or e-mail in clear', async () => {
    const acc = await account();
    await attempt(a, acc.email, 'falsch');
    const rows = await a.app.db.selectFrom('rate_limit_hits').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.key).toMatch(/^[0-9a-f]{64}$/);
      expect(r.key).not.toContain('198.51.100.20');
    }
  });
});

describe('databaseStore', () => {
  const incr = (store: InstanceType<ReturnType<typeof databaseStore>>, key: string, windowMs: number) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) =>
      store.incr(key, (err, res) => (err ? reject(err) : resolve(res!)), windowMs),
    );

  it('counts hits of one key in one window for every instance, and starts over after it', async () => {
    const Store = databaseStore(a.app.db);
    const Other = databaseStore(b.app.db);
    const [sa, sb] = [new Store({}, 'route'), new Other({}, 'route')];
    expect((await incr(sa, 'k', 300)).current).toBe(1);
    const second = await incr(sb, 'k', 300);
    expect(second.current).toBe(2);
    expect(second.ttl).toBeGreaterThan(0);
    expect(second.ttl).toBeLessThanOrEqual(300);
    // Another route's counter is its own.
    expect((await incr(new Store({}, 'other route'), 'k', 300)).current).toBe(1);
    await new Promise((r) => setTimeout(r, 350));
    expect((await incr(sa, 'k', 300)).current).toBe(1);
  });

  it('concurrent hits on two instances are all counted', async () => {
    const [sa, sb] = [new (databaseStore(a.app.db))({}, 'race'), new (databaseStore(b.app.db))({}, 'race')];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => incr(i % 2 === 0 ? sa : sb, 'burst', 60_000)),
    );
    expect(results.map((r) => r.current).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });
});
