import { describe, expect, it } from 'vitest';
import { toInvoiceDocument } from './document';
import { buildInvoicePreview } from './invoice';
import { baseOptions, booking } from './testing/fixtures';

describe('toInvoiceDocument', () => {
  const preview = buildInvoicePreview({
    bookings: [
      booking({ id: 1, minutes: 750, rateCents: 9550, comment: 'Ticket #123', date: '2026-06-01' }),
      booking({ id: 2, minutes: 75, rateCents: 8000, taskId: 2, taskName: 'PM', date: '2026-06-30' }),
    ],
    options: { ...baseOptions, groupByTask: true },
    vatRateBasisPoints: 1950,
    currency: 'EUR',
  });

  it('carries every line with the exact integers the preview used', () => {
    const doc = toInvoiceDocument(preview, {
      clientId: 485054,
      invoiceDate: '2026-07-01',
      label: 'P-042 Relaunch Website',
    });
    expect(doc).toEqual({
      clientId: 485054,
      date: '2026-07-01',
      currency: 'EUR',
      servicePeriod: '01.06.2026 – 30.06.2026',
      label: 'P-042 Relaunch Website',
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
        {
          title: 'Relaunch Website – PM',
          description: '30.06.2026',
          unit: 'Stunde',
          quantityHundredths: 125,
          unitPriceCents: 8000,
          taxName: 'MwSt',
          taxRateBp: 1950,
        },
      ],
    });
  });

  it('adds the intro only when given', () => {
    const header = { clientId: 1, invoiceDate: '2026-07-01', label: 'x' };
    expect(toInvoiceDocument(preview, { ...header, intro: 'Bestellnummer 4711' })).toMatchObject({
      intro: 'Bestellnummer 4711',
    });
    expect(toInvoiceDocument(preview, header)).not.toHaveProperty('intro');
  });

  it('refuses a preview without lines', () => {
    const empty = buildInvoicePreview({
      bookings: [],
      options: baseOptions,
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    expect(() => toInvoiceDocument(empty, { clientId: 1, invoiceDate: '2026-07-01', label: 'x' })).toThrow(
      RangeError,
    );
  });
});
