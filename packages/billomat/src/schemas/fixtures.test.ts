import { describe, expect, it } from 'vitest';
import { AccountSchema, ClientSchema } from './client';
import { InvoiceSchema } from './invoice';
import { normalizeList, pageAttributes } from '../wire/normalize';
import clientsCreate from '../__fixtures__/clients-create-response.json';
import clientsGet from '../__fixtures__/clients-get-response.json';
import clientsList from '../__fixtures__/clients-list-response.json';
import invoicesCreate from '../__fixtures__/invoices-create-response.json';
import invoicesGet from '../__fixtures__/invoices-get-response.json';
import invoicesList from '../__fixtures__/invoices-list-response.json';

// Captured from the real billomat API (j-frost/billomat-ts, MIT, see LICENSE-billomat-ts).
describe('captured billomat answers decode into clean values', () => {
  it('clients-create: "" → null, "0" → false, "" nested collection → []', () => {
    const c = ClientSchema.parse(clientsCreate.client);
    expect(c).toMatchObject({ id: 3562445, clientNumber: 'KD4', number: 4, name: null, archived: false });
    expect(c.countryCode).toBe('DE');
    expect(c.dueDays).toBe(14);
    expect(c.properties).toEqual([]);
  });

  it('clients-get: a single property value object becomes a one-element array', () => {
    const c = ClientSchema.parse(clientsGet.client);
    expect(c.name).toBe('Musterfirma');
    expect(c.street).toBe('Musterstraße 1');
    expect(c.properties).toEqual([
      { id: 6529900, propertyId: 16022, type: 'TEXTFIELD', name: 'G Suite Domain', value: 'example.com' },
    ]);
  });

  it('clients-list: array of three with string paging attributes', () => {
    const items = normalizeList(clientsList.clients, 'client').map((c) => ClientSchema.parse(c));
    expect(items.map((c) => c.clientNumber)).toEqual(['KD1', 'KD2', 'KD3']);
    expect(pageAttributes(clientsList.clients)).toEqual({ page: 1, perPage: 100, total: 3 });
  });

  it.each([
    ['invoices-create', invoicesCreate.invoice],
    ['invoices-get', invoicesGet.invoice],
  ])('%s: a draft with provisional number, cents and a single tax object', (_name, wire) => {
    const inv = InvoiceSchema.parse(wire);
    expect(inv).toMatchObject({
      id: 7104183,
      clientId: 3527529,
      status: 'DRAFT',
      isDraft: true,
      invoiceNumber: 'RE1',
      number: null,
      date: null,
      dueDate: null,
      contactId: null,
      totalNetCents: 1200,
      totalGrossCents: 1428,
      openAmountCents: 1428,
      templateId: 670285,
      customfield: null,
    });
    expect(inv.taxes).toEqual([
      { name: 'Ust', rate: '19', amountCents: 228, amountPlain: '2.28', netCents: 1200, grossCents: 1428 },
    ]);
  });

  it('invoices-list: one invoice arrives as an object and becomes a one-element array', () => {
    expect(Array.isArray(invoicesList.invoices.invoice)).toBe(false);
    const items = normalizeList(invoicesList.invoices, 'invoice').map((i) => InvoiceSchema.parse(i));
    expect(items).toHaveLength(1);
    expect(items[0]?.invoiceNumber).toBe('RE1');
  });

  it('myself: quotas become an array with -1 as unlimited', () => {
    const a = AccountSchema.parse({
      ...clientsGet.client,
      plan: 'BUSINESS',
      quotas: { quota: { entity: 'documents', available: '-1', used: '3' } },
    });
    expect(a.quotas).toEqual([{ entity: 'documents', available: -1, used: 3, unlimited: true }]);
  });
});
