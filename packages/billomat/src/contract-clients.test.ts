import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillomatClient } from './client';
import type { BillomatClientOptions } from './client';
import { isBillomatError } from './errors';
import { spawnSandbox } from './testing/sandbox-process';
import type { LogEntry, SandboxProcess } from './testing/sandbox-process';
import { ACCOUNTS, FIRST_CLIENT_ID } from './testing/accounts';

let sb: SandboxProcess;
beforeAll(async () => {
  sb = await spawnSandbox(Object.values(ACCOUNTS));
});
afterAll(async () => {
  await sb?.close();
});

const clientFor = (a: { billomatId: string; apiKey: string }, extra: Partial<BillomatClientOptions> = {}) =>
  createBillomatClient({ billomatId: a.billomatId, apiKey: a.apiKey, baseUrl: sb.baseUrlTemplate, ...extra });

async function caught(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('client against the sandbox: clients and lookups', () => {
  it('imports 10,000 clients in exactly 10 requests, page by page', async () => {
    await sb.control('DELETE', '/log');
    const client = clientFor(ACCOUNTS.big);
    const pages: { page: number; totalPages: number; total: number; n: number }[] = [];
    const ids = new Set<number>();
    for await (const p of client.clients.pages()) {
      pages.push({ page: p.page, totalPages: p.totalPages, total: p.total, n: p.items.length });
      for (const c of p.items) ids.add(c.id);
    }
    expect(ids.size).toBe(10_000);
    expect(pages).toHaveLength(10);
    expect(pages[9]).toEqual({ page: 10, totalPages: 10, total: 10_000, n: 1000 });
    const log = await sb.control<LogEntry[]>('GET', '/log?account=acme');
    expect(log).toHaveLength(10);
    expect(
      log.every((e) => e.path === '/api/clients' && e.query.per_page === '1000' && e.status === 200),
    ).toBe(true);
  });

  it('sends Accept json and the key header, and never the key in the URL', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push({ url: String(input), headers: init?.headers as Record<string, string> });
      return fetch(input, init);
    };
    const client = clientFor(ACCOUNTS.small, { fetch: spy, appId: 'app', appSecret: 'secret' });
    await client.clients.get(FIRST_CLIENT_ID);
    expect(seen[0]?.headers).toMatchObject({
      Accept: 'application/json',
      'X-BillomatApiKey': ACCOUNTS.small.apiKey,
      'X-AppId': 'app',
      'X-AppSecret': 'secret',
    });
    expect(seen[0]?.url).toBe(`${sb.url}/small/api/clients/${FIRST_CLIENT_ID}`);
    expect(seen[0]?.url).not.toContain(ACCOUNTS.small.apiKey);
  });

  it('uses a base URL without {id} as is', async () => {
    const client = createBillomatClient({ ...ACCOUNTS.small, baseUrl: `${sb.url}/small/` });
    expect((await client.clients.list()).total).toBe(3);
  });

  it('decodes one client (object on the wire) and no clients (missing key) to arrays', async () => {
    const one = await clientFor(ACCOUNTS.one).clients.list();
    expect(one.items).toHaveLength(1);
    expect(one).toMatchObject({ total: 1, page: 1, perPage: 100, totalPages: 1 });
    const none = await clientFor(ACCOUNTS.none).clients.listAll();
    expect(none).toEqual([]);
  });

  it('decodes seeded German clients: umlauts, booleans, null for empty', async () => {
    const all = await clientFor(ACCOUNTS.big).clients.list({}, 1, 100);
    const c = all.items[0];
    expect(c?.id).toBe(FIRST_CLIENT_ID);
    expect(c?.clientNumber).toBe('KD1');
    expect(typeof c?.archived).toBe('boolean');
    expect(all.items.some((x) => x.archived)).toBe(true);
    expect(all.items.some((x) => x.name === null && x.lastName !== null)).toBe(true);
    expect(all.items.some((x) => /[äöüß]/i.test(`${x.name}${x.street}${x.city}${x.lastName}`))).toBe(true);
    expect(c?.phone).toBeNull();
    expect(c?.properties).toEqual([]);
  });

  it('filters by name case-insensitively and reflects renames with a newer `updated`', async () => {
    const client = clientFor(ACCOUNTS.small);
    const before = await client.clients.get(FIRST_CLIENT_ID + 1);
    await sb.control('PATCH', `/accounts/small/clients/${FIRST_CLIENT_ID + 1}`, {
      name: 'Zörnig Übersetzungen GmbH',
    });
    const hits = await client.clients.listAll({ name: 'zÖRNIG' });
    expect(hits.map((c) => c.id)).toEqual([FIRST_CLIENT_ID + 1]);
    expect(Date.parse(hits[0]?.updated ?? '')).toBeGreaterThan(Date.parse(before.updated ?? ''));
  });

  it('reads myself, taxes, templates (type filter), units and settings', async () => {
    const client = clientFor(ACCOUNTS.small);
    const me = await client.clients.myself();
    expect(me.accountName).toBe('small GmbH');
    expect(me.quotas.find((q) => q.entity === 'documents')?.unlimited).toBe(true);
    const taxes = await client.taxes.list();
    expect(taxes.find((t) => t.isDefault)).toMatchObject({ name: 'MwSt', rate: '19' });
    const templates = await client.templates.list({ type: 'INVOICE' });
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.every((t) => t.type === 'INVOICE')).toBe(true);
    expect((await client.units.list()).map((u) => u.name)).toContain('Stück');
    expect(await client.settings.get()).toMatchObject({ currencyCode: 'EUR', netGross: 'NET', dueDays: 14 });
  });

  it('exposes the last rate-limit headers and reports them to onRateLimit', async () => {
    const seen: number[] = [];
    const client = clientFor(ACCOUNTS.small, { onRateLimit: (i) => seen.push(i.remaining) });
    expect(client.rateLimit).toBeNull();
    await client.clients.get(FIRST_CLIENT_ID);
    await client.clients.get(FIRST_CLIENT_ID);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe((seen[0] ?? 0) - 1);
    expect(client.rateLimit?.remaining).toBe(seen[1]);
    expect(client.rateLimit?.resetAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('auth: a wrong key is an auth error in German, and the key is nowhere in the error', async () => {
    const key = 'wrong-secret-key-should-never-leak';
    const e = await caught(clientFor({ billomatId: 'small', apiKey: key }).clients.myself());
    expect(isBillomatError(e)).toBe(true);
    if (!isBillomatError(e)) return;
    expect(e.kind).toBe('auth');
    expect(e.status).toBe(401);
    expect(e.userMessage).toMatch(/^Der API-Schlüssel wurde von billomat abgelehnt\. Bitte prüfen Sie ihn/);
    const dumps = [JSON.stringify(e), String(e), e.stack ?? '', JSON.stringify(Object.entries(e))];
    for (const d of dumps) expect(d).not.toContain(key);
  });

  it('not found: an unknown billomat ID and an unknown client', async () => {
    const e = await caught(clientFor({ billomatId: 'gibtsnicht', apiKey: 'x' }).clients.myself());
    expect(e).toMatchObject({ kind: 'not_found', status: 404 });
    expect((e as { userMessage: string }).userMessage).toContain('gibtsnicht');
    const e2 = await caught(clientFor(ACCOUNTS.small).clients.get(1));
    expect(e2).toMatchObject({ kind: 'not_found', status: 404, outcomeUnknown: false });
  });
});
