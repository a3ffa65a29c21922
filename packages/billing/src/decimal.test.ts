import { describe, expect, it } from 'vitest';
import { basisPointsToDecimalString, centiHoursToDecimalString, centsToDecimalString } from './decimal';

describe('billomat decimal strings', () => {
  it.each([
    [9500, '95'],
    [9550, '95.5'],
    [9555, '95.55'],
    [5, '0.05'],
    [50, '0.5'],
    [0, '0'],
    [-150, '-1.5'],
    [123456789, '1234567.89'],
  ])('centsToDecimalString(%i) = %s', (cents, text) => {
    expect(centsToDecimalString(cents)).toBe(text);
  });

  it('writes quantities and tax rates the same way', () => {
    expect(centiHoursToDecimalString(1250)).toBe('12.5');
    expect(centiHoursToDecimalString(125)).toBe('1.25');
    expect(basisPointsToDecimalString(1900)).toBe('19');
    expect(basisPointsToDecimalString(1950)).toBe('19.5');
  });
});
