import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillomatClient, isBillomatError, type BillomatClient } from '@plainstaff/billomat';
import { ApiErrorBodySchema } from '@plainstaff/contracts/errors';
import { buildTestApp, ORIGIN, type TestApp } from '../../testing/app';
import { snapshotAll } from '../testing/harness';
import { BILLOMAT_CORPUS, BILLOMAT_QUIRKS, call, type Answer } from './billomat-corpus';

// billomat answers we did not expect, served byte for byte by a tiny local server: the client must
// turn each into a typed error (never a crash, never a half-parsed object), mark a write whose answer
// was unreadable as "outcome unknown", and the app must answer 4xx/5xx in the contract shape without
// writing anything.

let answer: Answer = { status: 200, type: 'application/json', body: '{}' };
let server: http.Server;
let client: BillomatClient;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, {
        'content-type': answer.type,
        'content-length': Buffer.byteLength(answer.body),
      });
      res.end(answer.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/{id}`;
  client = createBillomatClient({
    billomatId: 'crafted',
    apiKey: 'crafted-key',
    baseUrl,
    maxRetries: 0,
    retryBaseDelayMs: 1,
    timeoutMs: 2000,
    maxRateLimitWaitMs: 0,
  });
});
afterAll(async () => new Promise((r) => server.close(r)));

describe('bad-input corpus (billomat answers, through the client)', () => {
  it('has enough cases', () => {
    expect(BILLOMAT_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(BILLOMAT_CORPUS.map((c) => c.name)).size).toBe(BILLOMAT_CORPUS.length);
  });

  it.each(BILLOMAT_CORPUS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    answer = c.answer;
    const error = await call(client, c.op).then(
      (value) => new Error(`resolved with ${JSON.stringify(value).slice(0, 200)}`),
      (e: unknown) => e,
    );
    expect(isBillomatError(error), String(error)).toBe(true);
    if (!isBillomatError(error)) return;
    expect(error.kind).toBe(c.expect.kind);
    expect(error.outcomeUnknown).toBe(c.expect.outcomeUnknown ?? false);
    expect(error.userMessage).toMatch(/\S/);
    // The typed error is what gets logged: no key, no raw body.
    expect(JSON.stringify(error)).not.toContain('crafted-key');
  });

  it.each(BILLOMAT_QUIRKS.map((c) => [c.name, c] as const))('reads the quirk: %s', async (_name, c) => {
    answer = c.answer;
    const page = (await call(client, c.op)) as { items: unknown[] } | unknown[];
    expect(Array.isArray(page) ? page.length : page.items.length).toBe(c.count);
  });
});

describe('bad-input corpus (billomat answers, through the app)', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp({ BILLOMAT_BASE_URL: baseUrl });
    await t.app.billomat.store.save(
      {
        billomatId: 'crafted',
        vatRateBp: 1900,
        printProjectDescription: false,
        completeInvoices: false,
        templateId: null,
      },
      'crafted-key',
      null,
    );
    // Short fuse: the refused answers come back at once anyway, but nothing here may wait for retries.
    const original = t.app.billomat.client.bind(t.app.billomat);
    t.app.billomat.client = (tuning) => original({ maxRetries: 0, timeoutMs: 2000, ...tuning });
    ({ cookie } = await t.createUser('admin'));
  });
  afterAll(async () => t.close());

  // Whatever was asked: the answers that are wrong on every endpoint. (A test of the SAVED values
  // records the outcome on the settings tile by design, so it is not an action here.)
  const garbage = BILLOMAT_CORPUS.filter((c) => c.op === 'invoices.get');
  const actions = [
    [
      'connection test (entered values)',
      'POST',
      '/api/integrations/billomat/test',
      { billomatId: 'crafted', apiKey: 'crafted-key' },
    ],
    ['templates', 'GET', '/api/integrations/billomat/templates', undefined],
  ] as const;

  it.each(garbage.flatMap((c) => actions.map((a) => [`${a[0]} ← ${c.name}`, a, c] as const)))(
    '%s',
    async (_name, [, method, url, body], c) => {
      answer = c.answer;
      const before = await snapshotAll(t.app);
      const res = await t.app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { origin: ORIGIN }) },
        ...(body ? { payload: body } : {}),
      });
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).not.toBe(500);
      const error = ApiErrorBodySchema.strict().parse(res.json());
      expect(error.code, res.body).toMatch(/^BILLOMAT_/);
      expect(res.body).not.toContain('crafted-key');
      expect(await snapshotAll(t.app)).toEqual(before);
    },
  );
});
