import { describe, expect, it } from 'vitest';
import { buildInvoicePreview } from './invoice';
import { toBillomatInvoice } from './to-billomat';
import { baseOptions, booking } from './testing/fixtures';

describe('toBillomatInvoice', () => {
  const preview = buildInvoicePreview({
    bookings: [
      booking({ id: 1, minutes: 750, rateCents: 9550, comment: 'Ticket #123', date: '2026-06-01' }),
      booking({ id: 2, minutes: 75, rateCents: 8000, taskId: 2, taskName: 'PM', date: '2026-06-30' }),
    ],
    options: { ...baseOptions, groupByTask: true },
    vatRateBasisPoints: 1950,
    currency: 'EUR',
  });

  it('maps lines to billomat invoice items with invariant decimal strings', () => {
    const invoice = toBillomatInvoice(preview, {
      clientId: 485054,
      invoiceDate: '2026-07-01',
      label: 'P-042 Relaunch Website',
    });
    expect(invoice).toEqual({
      client_id: 485054,
      date: '2026-07-01',
      currency_code: 'EUR',
      net_gross: 'NET',
      supply_date_type: 'SUPPLY_TEXT',
      supply_date: '01.06.2026 – 30.06.2026',
      label: 'P-042 Relaunch Website',
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
            type: 'SERVICE',
          },
          {
            title: 'Relaunch Website – PM',
            description: '30.06.2026',
            unit: 'Stunde',
            quantity: '1.25',
            unit_price: '80',
            tax_name: 'MwSt',
            tax_rate: '19.5',
            type: 'SERVICE',
          },
        ],
      },
    });
  });

  it('adds intro and customfield only when given', () => {
    const invoice = toBillomatInvoice(preview, {
      clientId: 1,
      invoiceDate: '2026-07-01',
      label: 'x',
      intro: 'Bestellnummer 4711',
      customfield: 'ps-export-1',
    });
    expect(invoice).toMatchObject({ intro: 'Bestellnummer 4711', customfield: 'ps-export-1' });
  });

  it('refuses a preview without lines', () => {
    const empty = buildInvoicePreview({
      bookings: [],
      options: baseOptions,
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    expect(() => toBillomatInvoice(empty, { clientId: 1, invoiceDate: '2026-07-01', label: 'x' })).toThrow(
      RangeError,
    );
  });
});
