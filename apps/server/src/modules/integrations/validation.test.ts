import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationHarness, validSettings, type IntegrationHarness } from '../../testing/integration';

let h: IntegrationHarness;
beforeAll(async () => {
  h = await integrationHarness();
});
afterAll(async () => h.close());

const bad: [string, Record<string, unknown>][] = [
  ['vatRate', { vatRate: 'abc' }],
  ['vatRate', { vatRate: '-1' }],
  ['vatRate', { vatRate: '100,01' }],
  ['vatRate', { vatRate: '19,555' }],
  ['vatRate', { vatRate: -100 }],
  ['vatRate', { vatRate: 10_001 }],
  ['vatRate', { vatRate: 19.5 }],
  ['vatRate', { vatRate: '' }],
  ['apiKey', { apiKey: 'abc def' }],
  ['apiKey', { apiKey: 'abcdef\n' }],
  ['apiKey', { apiKey: 'abc\tdef' }],
  ['apiKey', { apiKey: 'k'.repeat(10_000) }],
  ['apiKey', { apiKey: 'schlüssel' }],
  ['apiKey', { apiKey: 'abc\u0000def' }],
  ['apiKey', { apiKey: 12345 }],
  ['billomatId', { billomatId: 'evil.com/' }],
  ['billomatId', { billomatId: '../x' }],
  ['billomatId', { billomatId: 'a b' }],
  ['billomatId', { billomatId: 'müller' }],
  ['billomatId', { billomatId: '' }],
  ['billomatId', { billomatId: 'https://evil.com/' }],
  ['billomatId', { billomatId: 'acme_gmbh' }],
  ['billomatId', { billomatId: '-acme' }],
  ['billomatId', { billomatId: 'a'.repeat(64) }],
  ['billomatId', { billomatId: '127.0.0.1:8080' }],
  ['billomatId', { billomatId: 'acme%2f..' }],
  ['billomatId', { billomatId: 'acme@evil.com' }],
  ['printProjectDescription', { printProjectDescription: 'ja' }],
  ['completeInvoices', { completeInvoices: 1 }],
  ['templateId', { templateId: 'abc' }],
  ['templateId', { templateId: -3 }],
];

describe('bad inputs give a field error and store nothing', () => {
  it(`has at least 20 cases (${bad.length})`, () => expect(bad.length).toBeGreaterThanOrEqual(20));

  it.each(bad)('%s ← %j', async (field, patch) => {
    const res = await h.send('PUT', '/api/integrations/billomat', { ...validSettings, ...patch });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await h.t.app.billomat.store.row()).toBeUndefined();
    const test = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: patch.billomatId ?? 'demo',
      apiKey: patch.apiKey ?? '',
    });
    if (field === 'billomatId' || field === 'apiKey') expect(test.statusCode).toBe(400);
  });

  it('refuses an empty key on the first save', async () => {
    const res = await h.send('PUT', '/api/integrations/billomat', { ...validSettings, apiKey: '' });
    expect(res.json().details).toEqual([
      { field: 'apiKey', code: 'FIELD_API_KEY_REQUIRED', params: {}, message: expect.any(String) },
    ]);
    expect(await h.t.app.billomat.store.row()).toBeUndefined();
  });

  it('accepts what a user types: a pasted address, a decimal comma', async () => {
    const res = await h.send('PUT', '/api/integrations/billomat', {
      ...validSettings,
      billomatId: '  https://Demo.billomat.net/app/invoices ',
      vatRate: '19,5',
      templateId: '',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ billomatId: 'demo', vatRateBp: 1950, templateId: null });
  });
});
