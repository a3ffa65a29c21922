import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersService } from '../users/users.service';
import { buildTestApp, cookieOf, ORIGIN, type TestApp } from '../../testing/app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

describe('sessions and roles', () => {
  it('answers /api/health without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('refuses other /api routes without a session, including unknown ones', async () => {
    for (const url of ['/api/auth/me', '/api/users', '/api/does-not-exist']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', error: 'Unauthorized' });
    }
  });

  it('logs in, knows the user, logs out', async () => {
    const admin = await t.createUser('admin');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: admin.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: admin.email, role: 'admin', language: 'de' });
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: admin.cookie, origin: ORIGIN },
    });
    expect(out.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: admin.cookie },
    });
    expect(after.statusCode).toBe(401);
  });

  it('sets an HttpOnly SameSite=Lax cookie', async () => {
    const u = await t.createUser('employee');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: u.email, password: u.password },
    });
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(cookieOf(res)).toMatch(/^ps_session=/);
  });

  it('rejects a wrong password with the contract shape', async () => {
    const u = await t.createUser('employee');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: u.email, password: 'wrong' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'E-Mail oder Passwort ist falsch.',
    });
  });

  it('gives 403 to an employee on admin-only routes', async () => {
    const emp = await t.createUser('employee');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: emp.cookie, origin: ORIGIN },
      payload: { email: 'x@y.de', name: 'X', role: 'employee', password: 'long-enough-pw' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('refuses a POST with a foreign Origin, and a non-JSON body', async () => {
    const admin = await t.createUser('admin');
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, origin: 'https://evil.example' },
      payload: { email: 'x@y.de', name: 'X', role: 'employee', password: 'long-enough-pw' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('CSRF_REJECTED');
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=x@y.de',
    });
    expect(form.statusCode).toBe(415);
  });

  it('throttles the 11th wrong login within a minute with a German message', async () => {
    const u = await usersService(t.app.db).create({
      email: 'brute@test.example',
      name: 'B',
      role: 'employee',
      password: 'correct-horse-1',
      defaultRateCents: null,
    });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 11; i++) {
      last = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN },
        payload: { email: u.email, password: `wrong-${i}` },
      });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(last!.json()).toMatchObject({ code: 'LOGIN_RATE_LIMITED', statusCode: 429 });
    expect(last!.json().message).toMatch(/Zu viele Anmeldeversuche/);
  });

  it('never writes a password or a session id into the logs', async () => {
    const u = await t.createUser('manager');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email: u.email, password: u.password },
    });
    const token = cookieOf(res).split('=')[1]!;
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookieOf(res) } });
    const rawToken = decodeURIComponent(token).split('.')[0]!;
    expect(t.logs.length).toBeGreaterThan(0);
    for (const line of t.logs) {
      expect(line).not.toContain(u.password);
      expect(line).not.toContain(rawToken);
    }
  });
});
