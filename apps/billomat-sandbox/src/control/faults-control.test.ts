import { describe, expect, it } from 'vitest';
import { KEY, call, withSandbox } from '../testing/sandbox';
import type { CallResult } from '../testing/sandbox';

const accounts = [{ billomatId: 'acme', apiKey: KEY, clientCount: 3 }];
const invoice = {
  invoice: {
    client_id: 3527529,
    'invoice-items': { 'invoice-item': [{ title: 'A', quantity: 2, unit_price: '10' }] },
  },
};

describe('fault injection', () => {
  it('one-shot and N-times faults, matched by method and path pattern', () =>
    withSandbox({ accounts }, async (sb) => {
      sb.faults.add({ method: 'GET', path: '/api/clients/*', kind: 'status', status: 503, times: 2 });
      sb.faults.add({ method: 'GET', path: '/api/taxes', kind: 'html502' });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await call(sb, '/acme/api/clients/3527529')).status);
      expect(statuses).toEqual([503, 503, 200]);
      expect((await call(sb, '/acme/api/clients')).status).toBe(200);
      const html = await call(sb, '/acme/api/taxes');
      expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html']);
      expect(html.text).toContain('502 Bad Gateway');
      expect((await call(sb, '/acme/api/taxes')).status).toBe(200);
    }));

  it('hang-after commits the write; hang-before does not; truncate cuts the body', () =>
    withSandbox({ accounts }, async (sb) => {
      const count = () => sb.state.requireAccount('acme').invoices.size;
      sb.faults.add({ method: 'POST', path: '/api/invoices', kind: 'hang-after', hangMs: 50 });
      await expect(call(sb, '/acme/api/invoices', { method: 'POST', body: invoice })).rejects.toThrow();
      expect(count()).toBe(1);
      sb.faults.add({ method: 'POST', path: '/api/invoices', kind: 'hang-before', hangMs: 50 });
      await expect(call(sb, '/acme/api/invoices', { method: 'POST', body: invoice })).rejects.toThrow();
      expect(count()).toBe(1);
      sb.faults.add({ method: 'POST', path: '/api/**', kind: 'truncate' });
      const cut = await call(sb, '/acme/api/invoices', { method: 'POST', body: invoice });
      expect(cut.status).toBe(201);
      expect(cut.json).toBeNull();
      expect(cut.text.startsWith('{"invoice":{')).toBe(true);
      expect(count()).toBe(2);
      const delayed = sb.faults.add({ path: '/api/units', kind: 'delay', delayMs: 120 });
      const t0 = Date.now();
      expect((await call(sb, '/acme/api/units')).status).toBe(200);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(100);
      expect(sb.faults.list().some((f) => f.id === delayed.id)).toBe(false);
      expect(sb.requestLog.list({ method: 'POST' }).map((e) => [e.status, e.fault])).toEqual([
        [null, 'hang-after'],
        [null, 'hang-before'],
        [201, 'truncate'],
      ]);
    }));
});

describe('control API over HTTP (/__sandbox, token-guarded)', () => {
  it('rejects calls without the token and never exposes control under /api', () =>
    withSandbox({ accounts }, async (sb) => {
      expect((await fetch(`${sb.url}/__sandbox/log`)).status).toBe(401);
      expect(
        (await fetch(`${sb.url}/__sandbox/log`, { headers: { 'x-sandbox-token': 'nope' } })).status,
      ).toBe(401);
      expect((await call(sb, '/acme/api/__sandbox/log')).status).toBe(404);
    }));

  it('renames a client, marks an invoice paid, injects faults, reads invoices with items, resets the log', () =>
    withSandbox({ accounts }, async (sb) => {
      const ctl = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${sb.url}/__sandbox${path}`, {
          method,
          headers: { authorization: 'Bearer ctl', ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
        });
        return { status: res.status, json: (await res.json()) as CallResult['json'] };
      };
      const before = (await call(sb, '/acme/api/clients/3527530')).json.client.updated;
      const renamed = await ctl('PATCH', '/accounts/acme/clients/3527530', { name: 'Müller & Söhne GbR' });
      expect(renamed.json).toMatchObject({ name: 'Müller & Söhne GbR' });
      expect(Date.parse(renamed.json.updated)).toBeGreaterThan(Date.parse(before));
      const created = (await call(sb, '/acme/api/invoices', { method: 'POST', body: invoice })).json.invoice;
      await call(sb, `/acme/api/invoices/${created.id}/complete`, { method: 'PUT', body: { complete: {} } });
      const paid = await ctl('PUT', `/accounts/acme/invoices/${created.id}/status`, { status: 'PAID' });
      expect(paid.json.invoice).toMatchObject({ status: 'PAID', open_amount: '0', paid_amount: '23.8' });
      const all = await ctl('GET', '/accounts/acme/invoices');
      expect(all.json).toHaveLength(1);
      expect(all.json[0].items.map((i: { title: string }) => i.title)).toEqual(['A']);
      expect(
        (await ctl('POST', '/faults', { path: '/api/settings', kind: 'status', status: 500 })).status,
      ).toBe(201);
      expect((await call(sb, '/acme/api/settings')).status).toBe(500);
      const log = await ctl('GET', '/log?account=acme&method=GET');
      expect(log.json.length).toBeGreaterThan(0);
      expect(log.json.at(-1)).toMatchObject({
        method: 'GET',
        path: '/api/settings',
        status: 500,
        account: 'acme',
      });
      await ctl('DELETE', '/log');
      expect((await ctl('GET', '/log')).json).toEqual([]);
      await ctl('POST', '/accounts', { billomatId: 'fresh', apiKey: 'k2', clientCount: 7 });
      expect((await call(sb, '/fresh/api/clients', { key: 'k2' })).json.clients['@total']).toBe('7');
      await ctl('PATCH', '/accounts/fresh', { echoCustomfieldOnCreate: false, rateLimit: { quota: 1 } });
      expect((await call(sb, '/fresh/api/clients', { key: 'k2' })).status).toBe(200);
      expect((await call(sb, '/fresh/api/clients', { key: 'k2' })).status).toBe(429);
    }));
});
