import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../testing/app';
import { integrationHarness, validSettings, type IntegrationHarness } from '../../testing/integration';

let h: IntegrationHarness;
beforeAll(async () => {
  h = await integrationHarness();
  await h.send('PUT', '/api/integrations/billomat', validSettings);
});
afterAll(async () => h.close());

const routes = [
  ['GET', '/api/integrations/billomat'],
  ['PUT', '/api/integrations/billomat'],
  ['POST', '/api/integrations/billomat/test'],
  ['DELETE', '/api/integrations/billomat'],
  ['GET', '/api/integrations/billomat/templates'],
] as const;

describe.each(['employee', 'manager'] as const)('a %s', (role) => {
  it('gets 403 on the settings and the templates, and billomat is never called', async () => {
    const user = await h.t.createUser(role);
    const before = h.sandbox.requestLog.list().length;
    for (const [method, url] of routes) {
      const res = await h.t.app.inject({
        method,
        url,
        headers: { origin: ORIGIN, cookie: user.cookie },
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: validSettings }),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(h.sandbox.requestLog.list().length).toBe(before);
    expect((await h.t.app.billomat.getSettings())?.billomatId).toBe('demo');
  });
});
