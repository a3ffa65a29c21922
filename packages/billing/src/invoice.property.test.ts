import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildInvoicePreview } from './invoice';
import { basisPointsArbitrary, bookingsArbitrary, optionsArbitrary } from './testing/arbitraries';

const previewArbitrary = fc.record({
  bookings: bookingsArbitrary,
  options: optionsArbitrary,
  vatRateBasisPoints: basisPointsArbitrary,
  vatOverrideBasisPoints: fc.option(basisPointsArbitrary, { nil: undefined }),
});

describe('buildInvoicePreview properties', () => {
  it('totals: net = Σ line totals, VAT rounded once per rate, gross = net + VAT', () => {
    fc.assert(
      fc.property(previewArbitrary, (input) => {
        const preview = buildInvoicePreview({ ...input, currency: 'EUR' });
        const lineNet = preview.lines.reduce((sum, line) => sum + line.totalNetCents, 0);
        expect(preview.totalNetCents).toBe(lineNet);
        for (const tax of preview.taxes) {
          const netOfRate = preview.lines
            .filter((line) => line.taxRateBasisPoints === tax.rateBp)
            .reduce((sum, line) => sum + line.totalNetCents, 0);
          expect(tax.netCents).toBe(netOfRate);
          // VAT × 10000 within half a cent of net × rate, ties up.
          const difference = tax.vatCents * 10_000 - tax.netCents * tax.rateBp;
          expect(difference).toBeGreaterThan(-5000);
          expect(difference).toBeLessThanOrEqual(5000);
        }
        expect(preview.totalVatCents).toBe(preview.taxes.reduce((sum, tax) => sum + tax.vatCents, 0));
        expect(preview.totalGrossCents).toBe(preview.totalNetCents + preview.totalVatCents);
        expect(preview.billedMinutes).toBeGreaterThanOrEqual(preview.bookedMinutes);
      }),
      { numRuns: 300 },
    );
  });

  it('uses the VAT override whenever one is set, otherwise the integration rate', () => {
    fc.assert(
      fc.property(previewArbitrary, (input) => {
        const preview = buildInvoicePreview({ ...input, currency: 'EUR' });
        const expected = input.vatOverrideBasisPoints ?? input.vatRateBasisPoints;
        expect(preview.taxRateBasisPoints).toBe(expected);
        for (const line of preview.lines) expect(line.taxRateBasisPoints).toBe(expected);
        expect(preview.taxes.map((tax) => tax.rateBp)).toEqual(preview.lines.length ? [expected] : []);
        const warned = preview.warnings.some((warning) => warning.code === 'VAT_OVERRIDE_IN_USE');
        expect(warned).toBe(input.vatOverrideBasisPoints !== undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('spans the service period over exactly the billed bookings', () => {
    fc.assert(
      fc.property(previewArbitrary, (input) => {
        const preview = buildInvoicePreview({ ...input, currency: 'EUR' });
        const dates = input.bookings
          .filter((b) => b.rateCents !== null)
          .map((b) => b.date)
          .sort();
        expect(preview.servicePeriod?.from ?? null).toBe(dates[0] ?? null);
        expect(preview.servicePeriod?.to ?? null).toBe(dates[dates.length - 1] ?? null);
      }),
      { numRuns: 200 },
    );
  });
});
