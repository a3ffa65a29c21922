import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, TEST_SECRET } from '../../testing/app';
import { DEMO_KEY, integrationHarness, type IntegrationHarness } from '../../testing/integration';

const CANARY = 'canary-7f3a9c2e1b5d4e6f8a0b';
const WRONG = 'wrong-5e1c0d9b8a7f6e5d4c3b';
const secrets = [CANARY, WRONG, DEMO_KEY];

let h: IntegrationHarness;
const seen: string[] = [];
function record(res: LightMyRequestResponse) {
  seen.push(res.body, JSON.stringify(res.headers));
  return res;
}
const call = async (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  record(
    await h.t.app.inject({
      method,
      url,
      headers: { origin: ORIGIN, cookie: h.admin.cookie, 'x-billomatapikey': CANARY },
      ...(payload === undefined ? {} : { payload: payload as object }),
    }),
  );

beforeAll(async () => {
  h = await integrationHarness({
    sandbox: {
      includeDemoAccount: true,
      accounts: [{ billomatId: 'canary', apiKey: CANARY, rateLimit: { quota: 8 } }],
    },
    env: { LOG_LEVEL: 'trace' },
  });
});
afterAll(async () => h.close());

describe('the API key never leaves the server', () => {
  it('appears in no response body, header or log line of a whole session', async () => {
    const settings = { billomatId: 'canary', apiKey: CANARY, vatRate: '19', printProjectDescription: true };
    await call('POST', '/api/integrations/billomat/test', { billomatId: 'canary', apiKey: CANARY });
    await call('POST', '/api/integrations/billomat/test', { billomatId: 'canary', apiKey: WRONG });
    await call('POST', '/api/integrations/billomat/test', { billomatId: 'nope', apiKey: CANARY });
    await call('PUT', '/api/integrations/billomat', { ...settings, apiKey: `${CANARY} x` });
    await call('PUT', '/api/integrations/billomat', { ...settings, apiKey: CANARY.repeat(20) });
    expect((await call('PUT', '/api/integrations/billomat', settings)).statusCode).toBe(200);
    await call('GET', '/api/integrations/billomat');
    await call('PUT', '/api/integrations/billomat', { ...settings, apiKey: '', vatRate: '7' });
    await call('POST', '/api/integrations/billomat/test', {});
    await call('GET', '/api/integrations/billomat/templates');
    await call('GET', '/api/integrations/billomat/templates?api_key=x');
    // Exhaust the rate limit so the 429 path is covered too.
    for (let i = 0; i < 10; i++) await call('GET', '/api/integrations/billomat/templates');
    await call('POST', '/api/integrations/billomat/test', {});
    await call('PUT', '/api/integrations/billomat', { ...settings, apiKey: WRONG });
    await call('GET', '/api/integrations/billomat');
    await call('DELETE', '/api/integrations/billomat');
    await call('GET', '/api/integrations/billomat/templates');

    expect(seen.length).toBeGreaterThan(40);
    expect(h.t.logs.length).toBeGreaterThan(40);
    const haystack = [...seen, ...h.t.logs];
    for (const secret of secrets) {
      expect(haystack.filter((s) => s.includes(secret)).length, secret).toBe(0);
    }
    expect(seen.some((s) => s.includes('BILLOMAT_RATE_LIMITED'))).toBe(true);
  });

  it('stores only ciphertext (AES-256-GCM) and decrypts only with the right APP_SECRET', async () => {
    await call('PUT', '/api/integrations/billomat', {
      billomatId: 'canary',
      apiKey: CANARY,
      vatRate: '19',
      printProjectDescription: false,
    });
    const rows = await sql<Record<string, unknown>>`select * from integration_settings`.execute(h.t.app.db);
    expect(rows.rows).toHaveLength(1);
    const dump = JSON.stringify(rows.rows);
    expect(dump).not.toContain(CANARY);
    expect(dump).not.toContain(Buffer.from(CANARY).toString('base64'));
    const row = rows.rows[0]!;
    expect(row.api_key_ciphertext).toEqual(expect.stringMatching(/^[A-Za-z0-9+/=]+$/));
    expect(row.api_key_last4).toBe(CANARY.slice(-4));
    expect((await h.t.app.billomat.getSettings())?.apiKey).toBe(CANARY);
  });
});

describe('the built SPA bundle', () => {
  it('contains no API key or server secret', { timeout: 180_000 }, () => {
    const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web');
    const dist = path.join(web, 'dist');
    if (!fs.existsSync(path.join(dist, 'index.html'))) {
      execFileSync(path.join(web, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: web });
    }
    const files = fs.readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = fs.readFileSync(path.join(f.parentPath, f.name), 'latin1');
      for (const secret of [...secrets, TEST_SECRET])
        expect(text.includes(secret), `${f.name}: ${secret}`).toBe(false);
    }
  });
});
