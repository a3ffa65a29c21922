import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../testing/app';
import {
  DEMO_KEY,
  integrationHarness,
  validSettings,
  type IntegrationHarness,
} from '../../testing/integration';

const PROXY = '/api/billomat-proxy';

describe('read-only billomat proxy against the sandbox', () => {
  let h: IntegrationHarness;
  beforeAll(async () => {
    h = await integrationHarness();
    await h.send('PUT', '/api/integrations/billomat', validSettings);
  });
  afterAll(async () => h.close());

  it.each(['templates?type=INVOICE', 'taxes', 'units', 'clients/myself'])(
    'forwards GET %s with the key injected',
    async (path) => {
      const res = await h.get(`${PROXY}/${path}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.body).not.toContain(DEMO_KEY);
    },
  );

  it('refuses paths outside the allowlist, traversal, encoded slashes and absolute URLs', async () => {
    const before = h.sandbox.requestLog.list().length;
    for (const path of [
      'clients',
      'invoices',
      'settings',
      'clients/1',
      'templates/1',
      '..%2Finvoices',
      'templates%2F..%2Finvoices',
      'taxes%2f',
      'http://evil.example/api/taxes',
      '//evil.example/taxes',
      'templates/',
      '',
    ]) {
      const res = await h.get(`${PROXY}/${path}`);
      expect(res.statusCode, path).toBe(403);
      expect(res.json(), path).toMatchObject({ statusCode: 403, code: 'BILLOMAT_PROXY_PATH_FORBIDDEN' });
    }
    // Dot segments are resolved by the router before any route matches: they never reach the proxy.
    for (const path of ['templates/../invoices', '%2e%2e/invoices', 'taxes/%2e%2e/%2e%2e/invoices']) {
      const res = await h.get(`${PROXY}/${path}`);
      expect([403, 404], path).toContain(res.statusCode);
    }
    expect(h.sandbox.requestLog.list().length).toBe(before);
  });

  it('refuses every method but GET in the contract shape', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
      const res = await h.t.app.inject({
        method,
        url: `${PROXY}/templates`,
        headers: { origin: ORIGIN, cookie: h.admin.cookie },
        payload: { template: { name: 'x' } },
      });
      expect(res.statusCode, method).toBe(405);
      expect(res.json()).toMatchObject({ statusCode: 405, code: 'BILLOMAT_PROXY_METHOD_NOT_ALLOWED' });
    }
    expect(h.sandbox.requestLog.list({ method: 'POST' })).toEqual([]);
  });

  it('needs a session', async () => {
    const res = await h.t.app.inject({ method: 'GET', url: `${PROXY}/taxes` });
    expect(res.statusCode).toBe(401);
  });

  it('says "not connected" instead of calling billomat without a key', async () => {
    await h.send('DELETE', '/api/integrations/billomat');
    const res = await h.get(`${PROXY}/taxes`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'BILLOMAT_NOT_CONNECTED' });
    await h.send('PUT', '/api/integrations/billomat', validSettings);
  });
});

describe('proxy headers (echo upstream on port 0)', () => {
  const seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];
  let upstream: http.Server;
  let h: IntegrationHarness;
  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      const status = req.url?.includes('/units') ? 401 : 200;
      res.writeHead(status, { 'content-type': 'application/json', 'set-cookie': 'billomat=1' });
      res.end(status === 200 ? '{"taxes":{"@total":"0"}}' : '{"errors":{"error":"Unauthorized"}}');
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const { port } = upstream.address() as AddressInfo;
    h = await integrationHarness({ env: { BILLOMAT_BASE_URL: `http://127.0.0.1:${port}/{id}` } });
    await h.send('PUT', '/api/integrations/billomat', validSettings);
  });
  afterAll(async () => {
    await h.close();
    await new Promise((r) => upstream.close(r));
  });

  it('injects the saved key and strips cookie, authorization, client keys and api_key', async () => {
    seen.length = 0;
    const res = await h.t.app.inject({
      method: 'GET',
      url: `${PROXY}/taxes?api_key=stolen&format=xml&jsonp=cb&page=2`,
      headers: {
        cookie: `${h.admin.cookie}; other=1`,
        authorization: 'Bearer client-token',
        'x-billomatapikey': 'client-supplied-key',
        'x-appsecret': 'client-app-secret',
        accept: 'text/html',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(seen).toHaveLength(1);
    const [call] = seen;
    expect(call!.url).toBe('/demo/api/taxes?page=2');
    expect(call!.headers['x-billomatapikey']).toBe(DEMO_KEY);
    expect(call!.headers.accept).toBe('application/json');
    for (const name of ['cookie', 'authorization', 'x-appsecret'])
      expect(call!.headers[name], name).toBeUndefined();
  });

  it('turns a billomat 401 into our error shape (not a 401 that would log the user out)', async () => {
    const res = await h.get(`${PROXY}/units`);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ statusCode: 422, code: 'BILLOMAT_AUTH' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
