import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersService } from '../../modules/users/users.service';
import { buildTestApp, cookieOf, ORIGIN, type TestApp } from '../../testing/app';

// Login brute force and cross-site requests. Every mutating route's CSRF and form-type refusal is
// covered route by route in access/route-access.test.ts; here: the attacks as a whole.

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

let n = 0;
async function account() {
  const email = `brute${++n}@rel.test`;
  const password = `richtig-${n}-Passwort`;
  await usersService(t.app.db).create({
    email,
    name: 'B',
    role: 'employee',
    password,
    defaultRateCents: null,
  });
  return { email, password };
}
const attempt = (email: string, password: string, extra: Record<string, string> = {}, ip = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: { origin: ORIGIN, ...extra },
    payload: { email, password },
  });

describe('login brute force', () => {
  it('is throttled after ten tries, and then even the right password is refused', async () => {
    const a = await account();
    for (let i = 0; i < 10; i++) expect((await attempt(a.email, `falsch-${i}`)).statusCode).toBe(401);
    const refused = await attempt(a.email, a.password);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'LOGIN_RATE_LIMITED', statusCode: 429 });
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(refused.json().retryAt).toEqual(expect.any(String));
  });

  it('cannot be dodged by spelling the e-mail differently or by a forged X-Forwarded-For', async () => {
    const a = await account();
    const variants = [
      a.email,
      a.email.toUpperCase(),
      `  ${a.email}`,
      `${a.email}  `,
      a.email.replace('brute', 'Brute'),
    ];
    for (let i = 0; i < 10; i++) {
      const res = await attempt(variants[i % variants.length]!, `falsch-${i}`, {
        'x-forwarded-for': `10.0.0.${i}`,
        'x-real-ip': `10.0.1.${i}`,
      });
      expect(res.statusCode, res.body).toBe(401);
    }
    expect((await attempt(variants[1]!, a.password, { 'x-forwarded-for': '10.9.9.9' })).statusCode).toBe(429);
  });

  it('throttles each address on its own: the victim can still log in from elsewhere', async () => {
    const a = await account();
    for (let i = 0; i < 11; i++) await attempt(a.email, `falsch-${i}`, {}, '203.0.113.7');
    expect((await attempt(a.email, a.password, {}, '203.0.113.7')).statusCode).toBe(429);
    expect((await attempt(a.email, a.password, {}, '198.51.100.2')).statusCode).toBe(200);
  });
});

describe('cross-site requests', () => {
  it('the session cookie is HttpOnly, SameSite=Lax and signed; a tampered one is no session', async () => {
    const a = await account();
    const res = await attempt(a.email, a.password, {}, '192.0.2.50');
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    const cookie = cookieOf(res);
    const me = (c: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: c } });
    expect((await me(cookie)).statusCode).toBe(200);
    const [name, value] = cookie.split('=') as [string, string];
    const raw = decodeURIComponent(value);
    const unsigned = raw.split('.')[0]!;
    for (const forged of [
      `${name}=${unsigned}`,
      `${name}=${raw.slice(0, -2)}xy`,
      `${name}=${unsigned}.AAAA`,
    ]) {
      expect((await me(forged)).statusCode, forged).toBe(401);
    }
  });

  it('grants no CORS: a preflight from another origin gets no Access-Control-Allow-Origin', async () => {
    for (const method of ['OPTIONS', 'GET'] as const) {
      const res = await t.app.inject({
        method,
        url: '/api/auth/me',
        headers: {
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(res.headers['access-control-allow-origin'], method).toBeUndefined();
      expect(res.headers['access-control-allow-credentials'], method).toBeUndefined();
    }
  });

  it('a forged cross-site form post with a valid session changes nothing', async () => {
    const admin = await t.createUser('admin');
    const before = await t.app.db.selectFrom('users').select('id').execute();
    const attacks = [
      { origin: 'https://evil.example', 'content-type': 'application/json' },
      { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      { origin: ORIGIN, 'content-type': 'text/plain' },
      { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of attacks) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: admin.cookie, ...headers },
        payload: JSON.stringify({
          email: 'evil@x.de',
          name: 'Evil',
          role: 'admin',
          password: 'evil-evil-evil',
        }),
      });
      expect([403, 415], JSON.stringify(headers)).toContain(res.statusCode);
    }
    expect(await t.app.db.selectFrom('users').select('id').execute()).toEqual(before);
  });
});
