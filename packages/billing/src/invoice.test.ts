import { describe, expect, it } from 'vitest';
import { formatMinutesAsHours } from '@plainstaff/contracts/duration';
import { formatCentsDe } from '@plainstaff/contracts/money';
import { buildInvoicePreview } from './invoice';
import { baseOptions, booking } from './testing/fixtures';

describe('buildInvoicePreview — worked examples', () => {
  it('12.5 h × 95 € + 3 h × 80 € at 19 %', () => {
    const preview = buildInvoicePreview({
      bookings: [
        booking({
          id: 1,
          minutes: 450,
          rateCents: 9500,
          taskId: 1,
          taskName: 'Entwicklung',
          date: '2026-06-02',
        }),
        booking({
          id: 2,
          minutes: 300,
          rateCents: 9500,
          taskId: 1,
          taskName: 'Entwicklung',
          date: '2026-06-30',
        }),
        booking({
          id: 3,
          minutes: 180,
          rateCents: 8000,
          taskId: 2,
          taskName: 'Projektmanagement',
          date: '2026-06-01',
        }),
      ],
      options: { ...baseOptions, groupByTask: true },
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    expect(
      preview.lines.map((line) => [
        line.title,
        line.quantityCentiHours,
        line.unitPriceCents,
        line.totalNetCents,
      ]),
    ).toEqual([
      ['Relaunch Website – Entwicklung', 1250, 9500, 118750],
      ['Relaunch Website – Projektmanagement', 300, 8000, 24000],
    ]);
    expect(preview.taxes).toEqual([{ rateBp: 1900, netCents: 142750, vatCents: 27123 }]);
    expect(formatCentsDe(preview.totalNetCents)).toBe('1.427,50 €');
    expect(formatCentsDe(preview.totalVatCents)).toBe('271,23 €');
    expect(formatCentsDe(preview.totalGrossCents)).toBe('1.698,73 €');
    expect(preview.servicePeriod).toEqual({
      from: '2026-06-01',
      to: '2026-06-30',
      text: '01.06.2026 – 30.06.2026',
    });
    expect(preview.warnings).toEqual([]);
  });

  it('1:30 at 95 € is 1,50 Std. and 142,50 €', () => {
    const preview = buildInvoicePreview({
      bookings: [booking({ id: 7, minutes: 90, rateCents: 9500 })],
      options: baseOptions,
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    const [line] = preview.lines;
    expect(`${formatMinutesAsHours(line?.billedMinutes ?? 0)} Std.`).toBe('1,50 Std.');
    expect(formatCentsDe(line?.totalNetCents ?? 0)).toBe('142,50 €');
  });

  it('rounds billed time per booking but keeps the booked time', () => {
    const preview = buildInvoicePreview({
      bookings: [booking({ id: 1, minutes: 7 }), booking({ id: 2, minutes: 20, date: '2026-06-02' })],
      options: { ...baseOptions, groupByMonth: true, rounding: 15 },
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    expect(preview.bookedMinutes).toBe(27);
    expect(preview.billedMinutes).toBe(45);
    expect(preview.lines[0]).toMatchObject({
      bookedMinutes: 27,
      billedMinutes: 45,
      quantityCentiHours: 75,
      month: '2026-06',
    });
  });

  it('rounds a quantity of 20 minutes to 0,33 h and bills what billomat will bill', () => {
    const preview = buildInvoicePreview({
      bookings: [booking({ id: 1, minutes: 20, rateCents: 9999 })],
      options: baseOptions,
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    // 0.33 × 99.99 = 32.9967 → 33.00, not 20/60 × 99.99 = 33.33
    expect(preview.lines[0]).toMatchObject({ quantityCentiHours: 33, totalNetCents: 3300 });
  });
});

describe('buildInvoicePreview — warnings and rates', () => {
  it('warns about an empty selection', () => {
    const preview = buildInvoicePreview({
      bookings: [],
      options: baseOptions,
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    expect(preview.warnings.map((warning) => warning.code)).toEqual(['NO_SELECTION']);
    expect(preview.servicePeriod).toBeNull();
    expect(preview.totalGrossCents).toBe(0);
  });

  it('leaves unpriced bookings off the lines and reports them', () => {
    const preview = buildInvoicePreview({
      bookings: [booking({ id: 2, rateCents: null }), booking({ id: 1 })],
      options: baseOptions,
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    expect(preview.lines.map((line) => [line.firstBookingId, line.bookingCount])).toEqual([[1, 1]]);
    expect(preview.unpriced).toEqual({ count: 1, ids: [2] });
    expect(preview.warnings).toEqual([
      {
        code: 'UNPRICED_BOOKINGS',
        params: { count: 1 },
        message: '1 Buchung hat keinen Stundensatz und wird nicht abgerechnet.',
        bookingIds: [2],
        count: 1,
      },
    ]);
  });

  it('lets the project VAT override beat the integration rate and says so', () => {
    const preview = buildInvoicePreview({
      bookings: [booking({ id: 1, minutes: 60, rateCents: 10000 })],
      options: baseOptions,
      vatRateBasisPoints: 1900,
      vatOverrideBasisPoints: 700,
      currency: 'EUR',
    });
    expect(preview.taxes).toEqual([{ rateBp: 700, netCents: 10000, vatCents: 700 }]);
    expect(preview.lines[0]?.taxRateBasisPoints).toBe(700);
    expect(preview.warnings[0]).toMatchObject({ code: 'VAT_OVERRIDE_IN_USE' });
    expect(preview.warnings[0]?.message).toContain('7 % MwSt. statt 19 %');
  });

  it('splits a group whose bookings carry different rates and explains each rate', () => {
    const preview = buildInvoicePreview({
      bookings: [
        booking({ id: 1, rateCents: 9500, rateSource: 'task' }),
        booking({ id: 2, rateCents: 11000, rateSource: 'member' }),
        booking({ id: 3, rateCents: 9500, rateSource: 'task' }),
      ],
      options: { ...baseOptions, groupByMonth: true },
      vatRateBasisPoints: 1900,
      currency: 'EUR',
    });
    expect(
      preview.lines.map((line) => [
        line.firstBookingId,
        line.bookingCount,
        line.unitPriceCents,
        line.rateNote.message,
      ]),
    ).toEqual([
      [1, 2, 9500, '95,00 € pro Stunde aus Task'],
      [2, 1, 11000, '110,00 € pro Stunde aus Projektmitglied'],
    ]);
  });

  it.each([
    ['the same booking twice', [booking({ id: 1 }), booking({ id: 1 })]],
    ['zero minutes', [booking({ id: 1, minutes: 0 })]],
    ['fractional minutes', [booking({ id: 1, minutes: 1.5 })]],
    ['a negative rate', [booking({ id: 1, rateCents: -1 })]],
    ['an invalid date', [booking({ id: 1, date: '2026-02-30' })]],
  ])('refuses %s', (_name, bookings) => {
    expect(() =>
      buildInvoicePreview({ bookings, options: baseOptions, vatRateBasisPoints: 1900, currency: 'EUR' }),
    ).toThrow(RangeError);
  });
});
