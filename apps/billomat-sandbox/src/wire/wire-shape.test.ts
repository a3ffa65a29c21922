import { describe, expect, it } from 'vitest';
import { KEY, call, withSandbox } from '../testing/sandbox';
import capturedClient from '../__fixtures__/clients-get-response.json';
import capturedInvoice from '../__fixtures__/invoices-get-response.json';

const accounts = [
  { billomatId: 'many', apiKey: KEY, clientCount: 1500 },
  { billomatId: 'one', apiKey: KEY, clientCount: 1 },
  { billomatId: 'none', apiKey: KEY, clientCount: 0 },
];

const allStrings = (v: unknown): boolean =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && Object.values(v).every(allStrings));

describe('wire shape like billomat', () => {
  it('a client has the captured fields in the captured order, all strings, "" for empty nested lists', () =>
    withSandbox({ accounts }, async (sb) => {
      const { json } = await call(sb, '/one/api/clients/3527529');
      expect(Object.keys(json.client)).toEqual(Object.keys(capturedClient.client));
      expect(allStrings(json)).toBe(true);
      expect(json.client['client-property-values']).toBe('');
    }));

  it('an invoice has the captured fields in order and taxes.tax as an object for one rate', () =>
    withSandbox({ accounts }, async (sb) => {
      const body = {
        invoice: {
          client_id: 3527529,
          'invoice-items': { 'invoice-item': { title: 'A', quantity: 1, unit_price: 12, tax_rate: 19 } },
        },
      };
      const { json, status } = await call(sb, '/one/api/invoices', { method: 'POST', body });
      expect(status).toBe(201);
      expect(Object.keys(json.invoice)).toEqual(expect.arrayContaining(Object.keys(capturedInvoice.invoice)));
      expect(Object.keys(json.invoice).filter((k) => !(k in capturedInvoice.invoice))).toEqual([
        'customerportal_url',
      ]);
      expect(allStrings(json)).toBe(true);
      expect(Array.isArray(json.invoice.taxes.tax)).toBe(false);
      expect(json.invoice).not.toHaveProperty('invoice-items');
      expect(json.invoice).toMatchObject({
        status: 'DRAFT',
        number: '',
        invoice_number: 'RE1',
        total_gross: '14.28',
      });
    }));

  it('lists: array for many, object for one, missing key for none, @ attributes as strings', () =>
    withSandbox({ accounts }, async (sb) => {
      expect(Array.isArray((await call(sb, '/many/api/clients')).json.clients.client)).toBe(true);
      const one = (await call(sb, '/one/api/clients')).json.clients;
      expect(Array.isArray(one.client)).toBe(false);
      expect(one.client.id).toBe('3527529');
      expect((await call(sb, '/none/api/clients')).json).toEqual({
        clients: { '@page': '1', '@per_page': '100', '@total': '0' },
      });
      const beyond = (await call(sb, '/one/api/clients?page=5')).json.clients;
      expect(beyond).toEqual({ '@page': '5', '@per_page': '100', '@total': '1' });
    }));

  it('pages default to 100, clamp per_page to 1000, count with HEAD', () =>
    withSandbox({ accounts }, async (sb) => {
      expect((await call(sb, '/many/api/clients')).json.clients.client).toHaveLength(100);
      const big = (await call(sb, '/many/api/clients?per_page=5000&page=2')).json.clients;
      expect(big['@per_page']).toBe('1000');
      expect(big.client).toHaveLength(500);
      expect(big.client[0].id).toBe(String(3527529 + 1000));
      const head = await fetch(`${sb.url}/many/api/clients?name=gmbh`, {
        method: 'HEAD',
        headers: { 'X-BillomatApiKey': KEY },
      });
      const list = (await call(sb, '/many/api/clients?name=gmbh&per_page=1')).json.clients;
      expect(head.headers.get('x-total-count')).toBe(list['@total']);
      expect(Number(list['@total'])).toBeGreaterThan(0);
    }));

  it('filters are case-insensitive substrings; order_by accepts field+DIR', () =>
    withSandbox({ accounts }, async (sb) => {
      const list = (await call(sb, '/many/api/clients?name=GMBH&per_page=1000')).json.clients.client as {
        name: string;
      }[];
      expect(list.every((c) => c.name.toLowerCase().includes('gmbh'))).toBe(true);
      const numbered = (await call(sb, '/many/api/clients?client_number=KD100&per_page=1000')).json.clients
        .client as { client_number: string }[];
      expect(numbered.map((c) => c.client_number).sort()).toEqual(
        [
          'KD100',
          'KD1000',
          'KD1001',
          'KD1002',
          'KD1003',
          'KD1004',
          'KD1005',
          'KD1006',
          'KD1007',
          'KD1008',
          'KD1009',
        ].sort(),
      );
      const desc = (await call(sb, '/many/api/clients?order_by=id+DESC&per_page=2')).json.clients.client;
      expect(desc.map((c: { id: string }) => c.id)).toEqual([String(3527529 + 1499), String(3527529 + 1498)]);
    }));
});
