import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBillomatClient } from './client';
import type { BillomatClientOptions } from './client';
import { BillomatRateLimitError } from './errors';
import { spawnSandbox } from './testing/sandbox-process';
import type { LogEntry, SandboxProcess } from './testing/sandbox-process';
import { ACCOUNTS, FIRST_CLIENT_ID } from './testing/accounts';

let sb: SandboxProcess;
beforeAll(async () => {
  sb = await spawnSandbox([ACCOUNTS.small, ACCOUNTS.short, ACCOUNTS.long]);
});
afterAll(async () => {
  await sb?.close();
});
beforeEach(async () => {
  await sb.control('DELETE', '/faults');
  await sb.control('DELETE', '/log');
});

const client = (
  extra: Partial<BillomatClientOptions> = {},
  a: { billomatId: string; apiKey: string } = ACCOUNTS.small,
) =>
  createBillomatClient({ ...a, baseUrl: sb.baseUrlTemplate, retryBaseDelayMs: 5, timeoutMs: 800, ...extra });
const fault = (spec: object) => sb.control('POST', '/faults', spec);
const log = (account = 'small') => sb.control<LogEntry[]>('GET', `/log?account=${account}`);
const invoices = () => sb.control<unknown[]>('GET', '/accounts/small/invoices');
const input = {
  clientId: FIRST_CLIENT_ID,
  items: [{ title: 'Beratung', quantityHundredths: 100, unitPriceCents: 10000 }],
};

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function caught(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('transient failures', () => {
  it('GET retries an HTML 502 and a 500 with backoff, then succeeds', async () => {
    await fault({ method: 'GET', path: '/api/clients/*', kind: 'html502' });
    await fault({ method: 'GET', path: '/api/clients/*', kind: 'status', status: 500 });
    const c = await client().clients.get(FIRST_CLIENT_ID);
    expect(c.id).toBe(FIRST_CLIENT_ID);
    expect((await log()).map((e) => e.status)).toEqual([502, 500, 200]);
  });

  it('GET gives up after 3 retries with an unavailable error (HTML body tolerated)', async () => {
    await fault({ method: 'GET', path: '/api/taxes', kind: 'html502', times: 0 });
    const e = await caught(client().taxes.list());
    expect(e).toMatchObject({
      kind: 'unavailable',
      status: 502,
      billomatMessages: [],
      outcomeUnknown: false,
    });
    expect((e as { userMessage: string }).userMessage).toMatch(/vorübergehend nicht verfügbar/);
    expect(await log()).toHaveLength(4);
  });

  it('GET retries a dropped connection', async () => {
    await fault({ method: 'GET', path: '/api/units', kind: 'reset' });
    expect((await client().units.list()).length).toBeGreaterThan(0);
    expect(await log()).toHaveLength(2);
  });

  it('a persistently truncated GET body is a bad answer', async () => {
    await fault({ method: 'GET', path: '/api/settings', kind: 'truncate', times: 0 });
    expect(await caught(client().settings.get())).toMatchObject({
      kind: 'bad_answer',
      outcomeUnknown: false,
    });
  });

  it('an unreachable host is a network error; nothing was sent, so the outcome is known', async () => {
    const port = await closedPort();
    const c = createBillomatClient({
      ...ACCOUNTS.small,
      baseUrl: `http://127.0.0.1:${port}/{id}`,
      retryBaseDelayMs: 1,
    });
    const e = await caught(c.invoices.create(input));
    expect(e).toMatchObject({ kind: 'network', outcomeUnknown: false });
    expect((e as { userMessage: string }).userMessage).toMatch(/nicht erreichbar/);
  });
});

describe('writes with an unclear outcome are never repeated', () => {
  it('POST 500: one request, unavailable, outcome unknown', async () => {
    await fault({ method: 'POST', path: '/api/invoices', kind: 'status', status: 503 });
    const e = await caught(client().invoices.create(input));
    expect(e).toMatchObject({ kind: 'unavailable', status: 503, outcomeUnknown: true });
    expect((e as { userMessage: string }).userMessage).toMatch(/prüfen Sie in billomat/);
    expect((await log()).filter((l) => l.method === 'POST')).toHaveLength(1);
  });

  it('timeout after the write: the invoice exists, the client throws outcomeUnknown and sent once', async () => {
    const before = (await invoices()).length;
    await fault({ method: 'POST', path: '/api/invoices', kind: 'hang-after' });
    const e = await caught(client({ timeoutMs: 300 }).invoices.create(input));
    expect(e).toMatchObject({ kind: 'timeout', outcomeUnknown: true });
    expect((await invoices()).length).toBe(before + 1);
    expect((await log()).filter((l) => l.method === 'POST')).toHaveLength(1);
  });

  it('timeout before the write: nothing created, still outcomeUnknown (the client cannot know)', async () => {
    const before = (await invoices()).length;
    await fault({ method: 'POST', path: '/api/invoices', kind: 'hang-before' });
    const e = await caught(client({ timeoutMs: 300 }).invoices.create(input));
    expect(e).toMatchObject({ kind: 'timeout', outcomeUnknown: true });
    expect((await invoices()).length).toBe(before);
  });

  it('truncated answer to a POST: committed, bad answer, outcome unknown', async () => {
    const before = (await invoices()).length;
    await fault({ method: 'POST', path: '/api/invoices', kind: 'truncate' });
    const e = await caught(client().invoices.create(input));
    expect(e).toMatchObject({ kind: 'bad_answer', outcomeUnknown: true });
    expect((await invoices()).length).toBe(before + 1);
  });

  it('connection dropped after the write (socket destroyed): outcome unknown', async () => {
    await fault({ method: 'PUT', path: '/api/invoices/*/customfield', kind: 'hang-after', hangMs: 50 });
    const inv = await client().invoices.create(input);
    const e = await caught(client().invoices.setCustomfield(inv.id, 'x'));
    expect(e).toMatchObject({ kind: 'network', outcomeUnknown: true });
    expect((await client().invoices.get(inv.id)).customfield).toBe('x');
  });
});

describe('rate limits', () => {
  it('waits for the next window when remaining hits 0, then continues', async () => {
    await sb.control('POST', '/rate-limits/reset', { account: 'short' });
    const waits: number[] = [];
    const sleep = (ms: number) => {
      waits.push(ms);
      return new Promise<void>((r) => setTimeout(r, ms));
    };
    const c = client({ sleep, maxRateLimitWaitMs: 5000 }, ACCOUNTS.short);
    for (let i = 0; i < 5; i++) await c.clients.get(FIRST_CLIENT_ID);
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(waits.every((w) => w > 0 && w <= 2500)).toBe(true);
    expect((await log('short')).every((l) => l.status === 200)).toBe(true);
  });

  it('a 429 caused by another integration is waited out and the POST repeated exactly once', async () => {
    await sb.control('POST', '/rate-limits/reset', { account: 'short' });
    const other = client({}, ACCOUNTS.short);
    // Exhaust the shared quota from "another integration" at the start of a fresh window.
    await new Promise((r) => setTimeout(r, 2000 - (Date.now() % 2000) + 20));
    for (let i = 0; i < 3; i++) await other.clients.get(FIRST_CLIENT_ID);
    const c = client({ maxRateLimitWaitMs: 5000 }, ACCOUNTS.short);
    const inv = await c.invoices.create(input);
    expect(inv.status).toBe('DRAFT');
    const posts = (await log('short')).filter((l) => l.method === 'POST').map((l) => l.status);
    expect(posts).toEqual([429, 201]);
  });

  it('gives up with BillomatRateLimitError when the reset is too far away (known remaining 0 and 429)', async () => {
    await sb.control('POST', '/rate-limits/reset', { account: 'long' });
    const c = client({ maxRateLimitWaitMs: 1000 }, ACCOUNTS.long);
    await c.clients.get(FIRST_CLIENT_ID);
    await c.clients.get(FIRST_CLIENT_ID);
    expect(c.rateLimit?.remaining).toBe(0);
    const e = await caught(c.clients.get(FIRST_CLIENT_ID));
    expect(e).toBeInstanceOf(BillomatRateLimitError);
    const err = e as BillomatRateLimitError;
    expect(err.resetAt.getTime() % (15 * 60_000)).toBe(0);
    const hhmm = new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    }).format(err.resetAt);
    expect(err.userMessage).toBe(
      `billomat-Anfragelimit erreicht. Bitte versuchen Sie es um ${hhmm} Uhr erneut.`,
    );
    expect((await log('long')).length).toBe(2);
    const fresh = await caught(client({ maxRateLimitWaitMs: 1000 }, ACCOUNTS.long).invoices.create(input));
    expect(fresh).toMatchObject({ kind: 'rate_limit', status: 429 });
    expect((fresh as BillomatRateLimitError).billomatMessages[0]).toMatch(
      /^Maximum number of requests \(2 per 15 minutes\) reached\. Try again in \d+ seconds\.$/,
    );
    expect(JSON.parse(JSON.stringify(fresh))).toMatchObject({
      kind: 'rate_limit',
      resetAt: err.resetAt.toISOString(),
    });
  });
});
