import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../plugins/auth';
import { ORIGIN, TEST_SECRET } from '../../testing/app';
import { seedProject, selectionOf, JUNE } from '../../testing/exports/fixtures';
import { reliabilityHarness, snapshotAll, type ReliabilityHarness } from '../testing/harness';

// Extends modules/integrations/secrets.test.ts (settings, test call, templates) to the rest of a working
// day: users and passwords, sessions, customer import, exports under faults, undo. The haystack is
// every response body and header, every log line at trace level, and every row of every table.

const API_KEY = 'acme-canary-9d1f4b7e2a6c8035e4d1';
let h: ReliabilityHarness;
const responses: { label: string; res: LightMyRequestResponse }[] = [];
const tokens: string[] = [];
const passwords: string[] = [];

const rec = async (label: string, p: Promise<LightMyRequestResponse>) => {
  const res = await p;
  responses.push({ label, res });
  return res;
};
/** The raw session token and the signed cookie value (what an attacker would replay). */
function noteSession(cookie: string) {
  const value = decodeURIComponent(cookie.slice(`${SESSION_COOKIE}=`.length));
  tokens.push(value, value.split('.')[0]!);
}

beforeAll(async () => {
  h = await reliabilityHarness({ account: { apiKey: API_KEY, clientCount: 4 }, logLevel: 'trace' });
  passwords.push(h.admin.password);
  noteSession(h.admin.cookie);
});
afterAll(async () => h.close());

describe('passwords, session ids and the API key stay secret', () => {
  it('are absent from every response, log line and table after a full working session', async () => {
    const admin = h.admin;
    // Users: created and changed through the API, passwords in request bodies.
    const pwNew = 'Neues-Passwort-4711!';
    const pwChanged = 'Geaendert-Passwort-0815?';
    passwords.push(pwNew, pwChanged, 'zu-kurz', 'x'.repeat(201));
    const created = await rec(
      'create user',
      h.send('POST', '/api/users', { email: 'neu@rel.test', name: 'Neu', role: 'employee', password: pwNew }),
    );
    expect(created.statusCode, created.body).toBe(201);
    await rec(
      'short password',
      h.send('POST', '/api/users', { email: 'k@rel.test', name: 'K', role: 'employee', password: 'zu-kurz' }),
    );
    await rec(
      'long password',
      h.send('POST', '/api/users', {
        email: 'l@rel.test',
        name: 'L',
        role: 'employee',
        password: 'x'.repeat(201),
      }),
    );
    await rec(
      'password as number',
      h.send('POST', '/api/users', { email: 'n@rel.test', name: 'N', role: 'employee', password: 4711 }),
    );
    const login = (email: string, password: unknown) =>
      rec(
        `login ${email}`,
        h.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { origin: ORIGIN },
          payload: { email, password },
        }),
      );
    const first = await login('neu@rel.test', pwNew);
    expect(first.statusCode).toBe(200);
    const employeeCookie = String(first.headers['set-cookie']).split(';')[0]!;
    noteSession(employeeCookie);
    await login('neu@rel.test', pwChanged); // wrong, still the old one
    await login('neu@rel.test', `${pwNew} `);
    await login('niemand@rel.test', pwNew);
    await login('neu@rel.test', { password: pwNew });
    const id = created.json().id as number;
    expect(
      (await rec('change password', h.send('PATCH', `/api/users/${id}`, { password: pwChanged }))).statusCode,
    ).toBe(200);
    const second = await login('neu@rel.test', pwChanged);
    expect(second.statusCode).toBe(200);
    noteSession(String(second.headers['set-cookie']).split(';')[0]!);
    await rec('me', h.get('/api/auth/me', { ...admin }));
    await rec('users', h.get('/api/users'));
    await rec(
      'old session after password change',
      h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: employeeCookie } }),
    );
    await rec(
      'forged cookie',
      h.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: `${SESSION_COOKIE}=${tokens[0]}x` },
      }),
    );

    // billomat: test call, import, export under faults, retry, undo, templates.
    await rec('connection test', h.send('POST', '/api/integrations/billomat/test', {}));
    await rec(
      'connection test, wrong key',
      h.send('POST', '/api/integrations/billomat/test', {
        billomatId: h.account.billomatId,
        apiKey: `${API_KEY}-nope`,
      }),
    );
    await rec('settings', h.get('/api/integrations/billomat'));
    await rec('import', h.send('POST', '/api/customers/import'));
    for (let i = 0; i < 100 && (await h.get('/api/customers/import/status')).json().running; i++)
      await new Promise((r) => setTimeout(r, 10));
    await rec('import status', h.get('/api/customers/import/status'));
    const employee = await h.user('employee');
    passwords.push(employee.password);
    noteSession(employee.cookie);
    const kinds = ['status', 'html502', 'hang-before', 'hang-after', 'reset', 'truncate', 'delay'] as const;
    for (const kind of kinds) {
      const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE.slice(0, 2) });
      const options = {
        selection: selectionOf(f.bookingIds),
        invoiceDate: '2026-07-01',
        groupByMonth: true,
        groupByTask: false,
        groupByEmployee: false,
        markAsBilled: true,
      };
      const preview = await rec(
        `preview ${kind}`,
        h.send('POST', `/api/projects/${f.projectId}/export-preview`, options),
      );
      h.sandbox.faults.add({
        kind,
        path: '/api/invoices',
        method: 'POST',
        account: h.account.billomatId,
        status: 503,
        delayMs: 5,
        hangMs: 600,
      });
      const res = await rec(
        `export ${kind}`,
        h.send('POST', `/api/projects/${f.projectId}/exports`, {
          ...options,
          previewToken: preview.json().previewToken,
        }),
      );
      const exp = res.json() as { id?: number };
      if (exp.id) {
        await rec(`retry ${kind}`, h.send('POST', `/api/exports/${exp.id}/retry`));
        await rec(`undo ${kind}`, h.send('POST', `/api/exports/${exp.id}/undo`));
      }
      await rec(`list ${kind}`, h.get(`/api/projects/${f.projectId}/exports`));
    }
    h.sandbox.faults.clear();
    // The session really exercised billomat: customers imported, invoices created, some undone.
    expect(
      (await h.app.db.selectFrom('customers').select('id').where('source', '=', 'billomat').execute()).length,
    ).toBeGreaterThanOrEqual(4);
    const invoiced = await h.app.db
      .selectFrom('exports')
      .select('id')
      .where('billomat_invoice_id', 'is not', null)
      .execute();
    expect(invoiced.length).toBeGreaterThan(2);
    await h.app.exports.reconcilePending();
    await rec('templates', h.get('/api/integrations/billomat/templates'));
    await rec('overview refresh', h.send('POST', '/api/overview/refresh-status'));
    await rec('logout', h.send('POST', '/api/auth/logout'));

    const secrets = [API_KEY, TEST_SECRET, ...passwords, ...tokens];
    expect(responses.length).toBeGreaterThan(45);
    expect(h.logs.length).toBeGreaterThan(100);
    for (const { label, res } of responses) {
      const { 'set-cookie': setCookie, ...headers } = res.headers;
      const text = `${res.body}\n${JSON.stringify(headers)}`;
      for (const s of secrets) expect(text.includes(s), `${label} leaks ${s}`).toBe(false);
      // The only place a session id may travel is the Set-Cookie of the login that issues it.
      if (setCookie && !label.startsWith('login'))
        expect(String(setCookie), label).not.toMatch(/ps_session=[^;]/);
    }
    for (const line of h.logs)
      for (const s of secrets) expect(line.includes(s), `log leaks ${s}: ${line.slice(0, 200)}`).toBe(false);
    const dump = JSON.stringify(await snapshotAll(h.app));
    for (const s of secrets) expect(dump.includes(s), `database holds ${s} in clear`).toBe(false);
    expect(dump.includes(Buffer.from(API_KEY).toString('base64')), 'API key base64 in the database').toBe(
      false,
    );
  });
});
