import { describe, expect, it } from 'vitest';
import { KEY, call, withSandbox } from '../testing/sandbox';

const accounts = [
  { billomatId: 'acme', apiKey: KEY, clientCount: 5 },
  { billomatId: 'other', apiKey: 'other-key', clientCount: 2 },
];

describe('routing, auth and formats', () => {
  it('selects the account by path prefix and by Host header', () =>
    withSandbox({ accounts }, async (sb) => {
      expect((await call(sb, '/acme/api/clients')).json.clients['@total']).toBe('5');
      const byHost = await call(sb, '/api/clients', { host: 'other.billomat.net', key: 'other-key' });
      expect(byHost.json.clients['@total']).toBe('2');
      const byLocalhost = await call(sb, '/api/clients', { host: 'acme.localhost' });
      expect(byLocalhost.json.clients['@total']).toBe('5');
      expect(sb.baseUrlTemplate).toBe(`${sb.url}/{id}`);
    }));

  it('unknown billomat ID → 404; missing or wrong key → 401 with a billomat error body', () =>
    withSandbox({ accounts }, async (sb) => {
      expect((await call(sb, '/nope/api/clients')).status).toBe(404);
      const missing = await call(sb, '/acme/api/clients', { key: null });
      expect(missing.status).toBe(401);
      expect(missing.json).toEqual({ errors: { error: 'Unauthorized' } });
      expect((await call(sb, '/acme/api/clients', { key: 'other-key' })).status).toBe(401);
      const viaQuery = await call(sb, `/acme/api/clients?api_key=${KEY}`, { key: null });
      expect(viaQuery.status).toBe(200);
      // The key must not end up in the request log.
      expect(JSON.stringify(sb.requestLog.list())).not.toContain(KEY);
    }));

  it('answers XML unless JSON is asked for by Accept or format=json', () =>
    withSandbox({ accounts }, async (sb) => {
      const xml = await call(sb, '/acme/api/clients?per_page=1', { json: false });
      expect(xml.headers.get('content-type')).toMatch(/application\/xml/);
      expect(xml.text).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<clients page="1" per_page="1" total="5">/,
      );
      const viaFormat = await call(sb, '/acme/api/clients?format=json', { json: false });
      expect(viaFormat.json.clients.client).toHaveLength(5);
      const err = await call(sb, '/acme/api/clients', { json: false, key: null });
      expect(err.text).toContain('<errors><error>Unauthorized</error></errors>');
    }));
});
