import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minutesToCentiHours } from '@plainstaff/contracts/duration';
import { buildLines } from './lines';
import { billedMinutes } from './rule';
import { bookingsArbitrary, optionsArbitrary } from './testing/arbitraries';
import type { BillableBooking } from './types';

const property = (
  predicate: (bookings: BillableBooking[], options: Parameters<typeof buildLines>[1]) => void,
): void => {
  fc.assert(fc.property(bookingsArbitrary, optionsArbitrary, predicate), { numRuns: 300 });
};

describe('buildLines properties', () => {
  it('puts every priced booking in exactly one line and every unpriced one in `unpriced`', () => {
    property((bookings, options) => {
      const { lines, unpriced, members } = buildLines(bookings, options, 1900);
      const onLines = lines.flatMap((line) => members.get(line.key)!.map((b) => b.id));
      for (const line of lines) {
        expect(line.bookingCount).toBe(members.get(line.key)!.length);
        expect(line.firstBookingId).toBe(Math.min(...members.get(line.key)!.map((b) => b.id)));
      }
      const priced = bookings.filter((booking) => booking.rateCents !== null).map((booking) => booking.id);
      expect([...onLines].sort((a, b) => a - b)).toEqual([...priced].sort((a, b) => a - b));
      expect(new Set(onLines).size).toBe(onLines.length);
      expect(unpriced.map((booking) => booking.id).sort((a, b) => a - b)).toEqual(
        bookings
          .filter((booking) => booking.rateCents === null)
          .map((booking) => booking.id)
          .sort((a, b) => a - b),
      );
    });
  });

  it('bills each line the rounded sum of its bookings, its quantity the sum of their rounded quantities', () => {
    property((bookings, options) => {
      const built = buildLines(bookings, options, 1900);
      const { lines } = built;
      let billedTotal = 0;
      let quantityTotal = 0;
      for (const line of lines) {
        const members = built.members.get(line.key)!;
        expect(line.bookedMinutes).toBe(members.reduce((sum, b) => sum + b.minutes, 0));
        expect(line.billedMinutes).toBe(
          members.reduce((sum, b) => sum + billedMinutes(b.minutes, options.rounding), 0),
        );
        // The rule: each booking rounded to hundredths of an hour on its own, the line sums them.
        expect(line.quantityCentiHours).toBe(
          members.reduce(
            (sum, b) => sum + minutesToCentiHours(billedMinutes(b.minutes, options.rounding)),
            0,
          ),
        );
        billedTotal += line.billedMinutes;
        quantityTotal += line.quantityCentiHours;
      }
      // |Σ quantity − Σ billed hours| ≤ 0.005 h per booking, in integers: centi-hours × 60 vs minutes × 100.
      expect(Math.abs(quantityTotal * 60 - billedTotal * 100)).toBeLessThanOrEqual(30 * bookings.length);
    });
  });

  it('computes each line total as round(quantity × unit price, 2), half up', () => {
    property((bookings, options) => {
      for (const line of buildLines(bookings, options, 1900).lines) {
        // total × 100 must be within half a cent (50 hundredths of a cent) of quantity × price; ties go up.
        const exact = line.quantityCentiHours * line.unitPriceCents;
        const difference = line.totalNetCents * 100 - exact;
        expect(difference).toBeGreaterThan(-50);
        expect(difference).toBeLessThanOrEqual(50);
      }
    });
  });

  it('never mixes rates, and joins every booking of the same group and rate', () => {
    property((bookings, options) => {
      const built = buildLines(bookings, options, 1900);
      const { lines } = built;
      const signature = (booking: BillableBooking): string =>
        [
          options.groupByMonth ? booking.date.slice(0, 7) : '',
          options.groupByTask ? booking.taskId : '',
          options.groupByEmployee ? booking.employeeId : '',
          booking.rateCents,
          options.groupByMonth || options.groupByTask || options.groupByEmployee ? '' : booking.id,
        ].join('|');
      const lineSignatures = lines.map((line) => {
        const members = built.members.get(line.key)!;
        expect(new Set(members.map((booking) => booking.rateCents))).toEqual(new Set([line.unitPriceCents]));
        const signatures = new Set(members.map(signature));
        expect(signatures.size).toBe(1);
        return [...signatures][0];
      });
      expect(new Set(lineSignatures).size).toBe(lines.length);
    });
  });

  it('is independent of the input order', () => {
    fc.assert(
      fc.property(
        bookingsArbitrary.chain((bookings) =>
          fc.tuple(fc.constant(bookings), fc.shuffledSubarray(bookings, { minLength: bookings.length })),
        ),
        optionsArbitrary,
        ([bookings, shuffled], options) => {
          expect(buildLines(shuffled, options, 1900)).toEqual(buildLines(bookings, options, 1900));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps titles and descriptions within billomat-safe lengths', () => {
    property((bookings, options) => {
      for (const line of buildLines(bookings, options, 1900).lines) {
        expect(line.title.length).toBeGreaterThan(0);
        expect(Array.from(line.title).length).toBeLessThanOrEqual(255);
        expect(Array.from(line.description).length).toBeLessThanOrEqual(2000);
      }
    });
  });
});
