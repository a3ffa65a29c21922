import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToCents } from '../wire/decimal';
import { invoiceBody } from './invoice-input';

describe('invoiceBody: the one mapping of an invoice to billomat JSON', () => {
  it('nests the items, writes every value as a string and decimals in invariant culture', () => {
    const body = invoiceBody({
      clientId: 485054,
      date: '2026-07-01',
      currency: 'EUR',
      servicePeriod: '01.06.2026 – 30.06.2026',
      label: 'P-042 Relaunch Website',
      templateId: 7,
      customfield: 'ps-exp-1-abc',
      items: [
        {
          title: 'Relaunch Website – Entwicklung',
          description: '01.06.2026: Ticket #123',
          unit: 'Stunde',
          quantityHundredths: 1250,
          unitPriceCents: 9550,
          taxName: 'MwSt',
          taxRateBp: 1950,
        },
        { title: 'PM', unit: 'Stunde', quantityHundredths: 125, unitPriceCents: 8000, taxRateBp: 700 },
      ],
    });
    expect(body).toEqual({
      invoice: {
        client_id: '485054',
        date: '2026-07-01',
        supply_date: '01.06.2026 – 30.06.2026',
        supply_date_type: 'SUPPLY_TEXT',
        label: 'P-042 Relaunch Website',
        currency_code: 'EUR',
        net_gross: 'NET',
        template_id: '7',
        customfield: 'ps-exp-1-abc',
        'invoice-items': {
          'invoice-item': [
            {
              title: 'Relaunch Website – Entwicklung',
              description: '01.06.2026: Ticket #123',
              unit: 'Stunde',
              quantity: '12.5',
              unit_price: '95.5',
              tax_name: 'MwSt',
              tax_rate: '19.5',
              tax_changed_manually: '1',
              type: 'SERVICE',
            },
            {
              title: 'PM',
              unit: 'Stunde',
              quantity: '1.25',
              unit_price: '80',
              tax_rate: '7',
              tax_changed_manually: '1',
              type: 'SERVICE',
            },
          ],
        },
      },
    });
  });

  it('leaves out what is not given (no intro, no service period, no tax rate)', () => {
    const { invoice } = invoiceBody({
      clientId: 1,
      items: [{ title: 'x', quantityHundredths: 5, unitPriceCents: 1 }],
    });
    expect(invoice).toEqual({
      client_id: '1',
      net_gross: 'NET',
      'invoice-items': {
        'invoice-item': [{ title: 'x', quantity: '0.05', unit_price: '0.01', type: 'SERVICE' }],
      },
    });
  });

  it('writes integers exactly (no float on the way) and refuses non-integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (cents) => {
        const item = invoiceBody({
          clientId: 1,
          items: [{ title: 'x', quantityHundredths: 1, unitPriceCents: cents }],
        }).invoice['invoice-items']['invoice-item'][0]!;
        expect(decimalToCents(item.unit_price!)).toBe(cents);
      }),
    );
    expect(() =>
      invoiceBody({ clientId: 1, items: [{ title: 'x', quantityHundredths: 0.5, unitPriceCents: 1 }] }),
    ).toThrow(TypeError);
  });
});
