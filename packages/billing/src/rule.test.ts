import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  billBooking,
  billedMinutes,
  bookingQuantity,
  exactValueCents,
  lineTotalCents,
  roundingDifferenceCents,
  vatCents,
  type BillingRounding,
} from './rule';

describe('billedMinutes', () => {
  it.each([
    [1, 0, 1],
    [7, 0, 7],
    [1, 6, 6],
    [6, 6, 6],
    [7, 6, 12],
    [1, 15, 15],
    [15, 15, 15],
    [16, 15, 30],
    [31, 30, 60],
    [60, 30, 60],
  ] as const)('%i minutes with step %i → %i', (booked, step, billed) => {
    expect(billedMinutes(booked, step)).toBe(billed);
  });
});

describe('one booking under the rule', () => {
  it('20 minutes at 100 € are 0,33 Std. and 33,00 € (not 33,33 €)', () => {
    expect(billBooking(20, 10000, 0)).toEqual({
      billedMinutes: 20,
      quantityHundredths: 33,
      amountCents: 3300,
    });
  });

  it('a booking without rate has a quantity but no amount', () => {
    expect(billBooking(90, null, 15)).toEqual({
      billedMinutes: 90,
      quantityHundredths: 150,
      amountCents: null,
    });
  });

  it('quantities are exact for every multiple of 6 minutes, so an increment leaves no rounding difference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom<BillingRounding>(6, 15, 30),
        fc.integer({ min: 0, max: 100_000 }),
        (minutes, rounding, rate) => {
          const billed = billedMinutes(minutes, rounding);
          expect(bookingQuantity(minutes, rounding) * 60).toBe(billed * 100);
          const net = lineTotalCents(bookingQuantity(minutes, rounding), rate);
          expect(roundingDifferenceCents(net, [{ billedMinutes: billed, rateCents: rate }])).toBe(0);
        },
      ),
    );
  });

  it('without an increment a booking differs from its exact value by less than 0,5 ct × rate per hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (minutes, rate) => {
          const { amountCents } = billBooking(minutes, rate, 0);
          const diff = roundingDifferenceCents(amountCents!, [{ billedMinutes: minutes, rateCents: rate }]);
          // |q − m/60| ≤ 1/300 h → |amount − exact| ≤ rate/300 + 1 cent of rounding.
          expect(Math.abs(diff)).toBeLessThanOrEqual(Math.ceil(rate / 300) + 1);
        },
      ),
    );
  });
});

describe('money arithmetic', () => {
  it('rounds half up: 0,33 × 95,50 € = 31,515 → 31,52 €; 1.427,50 € × 19 % = 271,225 → 271,23 €', () => {
    expect(lineTotalCents(33, 9550)).toBe(3152);
    expect(vatCents(142750, 1900)).toBe(27123);
  });

  it('exact values are computed without float error', () => {
    expect(exactValueCents([{ billedMinutes: 20, rateCents: 10000 }])).toBe(3333);
    expect(exactValueCents([{ billedMinutes: 1, rateCents: 30 }])).toBe(1);
    expect(exactValueCents([])).toBe(0);
  });
});
