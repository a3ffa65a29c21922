import { describe, expect, it } from 'vitest';
import { toHundredths, upgradeStoredInvoice } from './010_export_invoice_document';

describe('migration 010: stored export invoices become invoice documents', () => {
  it('rewrites the client input of an older export without changing a cent', () => {
    const old = {
      clientId: 485054,
      date: '2026-07-01',
      currencyCode: 'EUR',
      netGross: 'NET',
      supplyDateType: 'SUPPLY_TEXT',
      supplyDate: '01.06.2026 – 30.06.2026',
      label: 'P-042 Relaunch',
      templateId: 7,
      items: [
        {
          title: 'Relaunch – Entwicklung',
          description: '01.06.2026',
          unit: 'Stunde',
          quantity: '12.5',
          unitPrice: '95.5',
          taxName: 'MwSt',
          taxRate: '19.5',
          type: 'SERVICE',
        },
      ],
    };
    expect(upgradeStoredInvoice(old)).toEqual({
      clientId: 485054,
      date: '2026-07-01',
      currency: 'EUR',
      servicePeriod: '01.06.2026 – 30.06.2026',
      label: 'P-042 Relaunch',
      templateId: 7,
      items: [
        {
          title: 'Relaunch – Entwicklung',
          description: '01.06.2026',
          unit: 'Stunde',
          quantityHundredths: 1250,
          unitPriceCents: 9550,
          taxName: 'MwSt',
          taxRateBp: 1950,
        },
      ],
    });
  });

  it('leaves a document as it is, and refuses values it cannot convert exactly', () => {
    const doc = { clientId: 1, items: [{ title: 'x', quantityHundredths: 5, unitPriceCents: 1 }] };
    expect(upgradeStoredInvoice(doc)).toBe(doc);
    expect(toHundredths('0.05')).toBe(5);
    expect(toHundredths(19)).toBe(1900);
    expect(() => toHundredths('0.333')).toThrow();
  });
});
