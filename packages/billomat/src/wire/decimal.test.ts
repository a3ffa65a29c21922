import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDecimal, centsToDecimal, decimalToCents } from './decimal';

describe('decimals', () => {
  it('round-trips cents through billomat decimal strings without float error', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(decimalToCents(centsToDecimal(cents))).toBe(cents);
      }),
    );
  });

  it('parses billomat amounts exactly and rounds *_plain amounts half up', () => {
    expect(decimalToCents('1427.5')).toBe(142750);
    expect(decimalToCents('14.28')).toBe(1428);
    expect(decimalToCents('271.225')).toBe(27123);
    expect(decimalToCents('0.1')).toBe(10);
    expect(decimalToCents('4615,5')).toBeNull();
    expect(canonicalDecimal('012.50')).toBe('12.5');
    expect(canonicalDecimal('-0.0')).toBe('0');
  });
});
