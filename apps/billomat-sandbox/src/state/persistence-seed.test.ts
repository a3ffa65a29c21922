import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, call, withSandbox } from '../testing/sandbox';
import { DEMO_ACCOUNT } from '../demo-account';
import { createAccount } from './account';

describe('seeded accounts', () => {
  // Speed is a benchmark's business (bench/), not a timed test's: this checks size and determinism.
  it('generates 100,000 deterministic German clients', () => {
    const a = createAccount({ billomatId: 'big', apiKey: 'k', clientCount: 100_000, seed: 7 }, Date.now());
    expect(a.clients.size).toBe(100_000);
    const b = createAccount({ billomatId: 'big', apiKey: 'k', clientCount: 100_000, seed: 7 }, Date.now());
    expect(b.clients.get(3_527_529 + 99_999)).toEqual(a.clients.get(3_527_529 + 99_999));
    const all = [...a.clients.values()];
    expect(all.some((c) => c.archived === '1')).toBe(true);
    expect(all.some((c) => !c.name && c.last_name)).toBe(true);
    for (const form of ['GmbH', ' AG', 'e.K.', 'GbR'])
      expect(all.some((c) => c.name?.endsWith(form))).toBe(true);
    expect(all.some((c) => /[äöüß]/.test(`${c.name}${c.street}${c.city}`))).toBe(true);
  });

  it('the default sandbox is the demo account with ~40 clients and the published key', () =>
    withSandbox({}, async (sb) => {
      expect(sb.accounts.map((a) => a.billomatId)).toEqual(['demo']);
      const me = await call(sb, '/demo/api/clients/myself', { key: DEMO_ACCOUNT.apiKey });
      expect(me.json.client).toMatchObject({ name: 'Demo Agentur GmbH', plan: 'BUSINESS' });
      expect((await call(sb, '/demo/api/clients', { key: DEMO_ACCOUNT.apiKey })).json.clients['@total']).toBe(
        '40',
      );
    }));
});

describe('persistence (demo mode)', () => {
  it('keeps state across restarts in the data file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-'));
    const dataFile = join(dir, 'state.json');
    const accounts = [{ billomatId: 'acme', apiKey: KEY, clientCount: 3 }];
    try {
      await withSandbox({ accounts, dataFile }, async (sb) => {
        await call(sb, '/acme/api/clients/3527529', {
          method: 'PUT',
          body: { client: { name: 'Überlebt GmbH' } },
        });
        const body = {
          invoice: {
            client_id: 3527529,
            'invoice-items': { 'invoice-item': { title: 'X', quantity: 1, unit_price: 1 } },
          },
        };
        await call(sb, '/acme/api/invoices', { method: 'POST', body });
      });
      await withSandbox({ accounts, dataFile }, async (sb) => {
        expect((await call(sb, '/acme/api/clients/3527529')).json.client.name).toBe('Überlebt GmbH');
        expect((await call(sb, '/acme/api/invoices')).json.invoices['@total']).toBe('1');
        const created = (
          await call(sb, '/acme/api/clients', { method: 'POST', body: { client: { name: 'Neu' } } })
        ).json.client;
        expect(created.id).toBe(String(3527529 + 3 + 3));
        expect(created.client_number).toBe('KD4');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
