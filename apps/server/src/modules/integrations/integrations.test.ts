import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ID,
  DEMO_KEY,
  integrationHarness,
  validSettings,
  type IntegrationHarness,
} from '../../testing/integration';

let h: IntegrationHarness;
beforeAll(async () => {
  h = await integrationHarness({
    sandbox: {
      includeDemoAccount: true,
      accounts: [{ billomatId: 'limited', apiKey: 'limited-key-0000', rateLimit: { quota: 1 } }],
    },
  });
});
afterAll(async () => h.close());

describe('billomat connection settings', () => {
  it('starts disconnected with the default VAT rate', async () => {
    const res = await h.get('/api/integrations/billomat');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ connected: false, apiKeyMasked: null, vatRateBp: 1900 });
  });

  it('tests entered credentials against clients/myself', async () => {
    const res = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: DEMO_ID,
      apiKey: DEMO_KEY,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, accountName: 'Demo Agentur GmbH' });
  });

  it('says the key is wrong (never as HTTP 401, which would end the SPA session)', async () => {
    const res = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: DEMO_ID,
      apiKey: 'wrong-key-123',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'BILLOMAT_AUTH' });
    expect(res.json().message).toMatch(/API-Schlüssel|API Key/);
  });

  it('says the account does not exist', async () => {
    const res = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: 'gibtsnicht',
      apiKey: DEMO_KEY,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'BILLOMAT_NOT_FOUND' });
    expect(res.json().message).toContain('gibtsnicht');
  });

  it('reports the rate limit with the time to retry (hh:mm)', async () => {
    const first = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: 'limited',
      apiKey: 'limited-key-0000',
    });
    expect(first.statusCode).toBe(200);
    const res = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: 'limited',
      apiKey: 'limited-key-0000',
    });
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ code: 'BILLOMAT_RATE_LIMITED' });
    expect(res.json().message).toMatch(/\d{2}:\d{2} Uhr/);
    expect(Date.parse(res.json().retryAt)).toBeGreaterThan(Date.now());
  });

  it('saves, shows the key only masked, keeps it when the field stays empty', async () => {
    const saved = await h.send('PUT', '/api/integrations/billomat', validSettings);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      connected: true,
      billomatId: DEMO_ID,
      apiKeyMasked: '••••cdef',
      vatRateBp: 1900,
      printProjectDescription: true,
      completeInvoices: false,
      accountName: 'Demo Agentur GmbH',
      lastError: null,
    });
    const again = await h.send('PUT', '/api/integrations/billomat', {
      ...validSettings,
      apiKey: '',
      vatRate: '7,5',
    });
    expect(again.json()).toMatchObject({ connected: true, apiKeyMasked: '••••cdef', vatRateBp: 750 });
    const settings = await h.t.app.billomat.getSettings();
    expect(settings).toMatchObject({ billomatId: DEMO_ID, apiKey: DEMO_KEY, vatRateBp: 750 });
  });

  it('tests the saved connection when nothing is entered and records the check', async () => {
    const res = await h.send('POST', '/api/integrations/billomat/test', {});
    expect(res.json()).toEqual({ ok: true, accountName: 'Demo Agentur GmbH' });
    const view = (await h.get('/api/integrations/billomat')).json();
    expect(view.lastCheckAt).not.toBeNull();
  });

  it('lists invoice templates from billomat for the select', async () => {
    const res = await h.get('/api/integrations/billomat/templates');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
    expect(res.json().items[0]).toEqual({
      id: expect.any(Number),
      name: expect.any(String),
      isDefault: expect.any(Boolean),
    });
  });

  it('gives other modules a configured client', async () => {
    const client = await h.t.app.billomat.client();
    expect((await client.clients.myself()).accountName).toBe('Demo Agentur GmbH');
    expect(h.t.app.billomat.baseUrlFor('acme')).toBe(`${h.sandbox.url}/acme`);
  });

  it('disconnects; afterwards client() says where to connect', async () => {
    const res = await h.send('DELETE', '/api/integrations/billomat');
    expect(res.statusCode).toBe(200);
    expect((await h.get('/api/integrations/billomat')).json()).toMatchObject({
      connected: false,
      apiKeyMasked: null,
    });
    await expect(h.t.app.billomat.client()).rejects.toMatchObject({
      code: 'BILLOMAT_NOT_CONNECTED',
      message: expect.stringContaining('Administration › Integrationen'),
    });
    const row = await h.t.app.billomat.store.row();
    expect(row?.api_key_ciphertext).toBeNull();
  });

  it('requires a key on the first save', async () => {
    const res = await h.send('PUT', '/api/integrations/billomat', { ...validSettings, apiKey: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      {
        field: 'apiKey',
        code: 'FIELD_API_KEY_REQUIRED',
        params: {},
        message: expect.stringContaining('Einstellungen › Administration › Nutzer'),
      },
    ]);
  });

  it('saves but shows the error when billomat rejects the key', async () => {
    const res = await h.send('PUT', '/api/integrations/billomat', {
      ...validSettings,
      apiKey: 'falscher-key',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      connected: true,
      accountName: null,
      lastError: { code: 'BILLOMAT_AUTH', params: {}, message: expect.stringMatching(/abgelehnt/) },
    });
  });
});

describe('billomat unreachable', () => {
  it('says billomat cannot be reached', async () => {
    const u = await integrationHarness({ env: { BILLOMAT_BASE_URL: 'http://127.0.0.1:9/{id}' } });
    try {
      const res = await u.send('POST', '/api/integrations/billomat/test', {
        billomatId: DEMO_ID,
        apiKey: DEMO_KEY,
      });
      expect(res.statusCode).toBe(502);
      expect(res.json()).toMatchObject({
        code: 'BILLOMAT_UNAVAILABLE',
        message: expect.stringMatching(/nicht erreichbar/),
      });
    } finally {
      await u.close();
    }
  });
});
