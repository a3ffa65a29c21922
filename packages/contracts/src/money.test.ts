import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { germanText } from './messages/catalog';
import {
  MoneyInputSchema,
  VatRateInputSchema,
  formatBasisPointsDe,
  formatCentsDe,
  parseMoneyToCents,
  parseRatePercentToBasisPoints,
} from './money';

describe('parseMoneyToCents', () => {
  it.each([
    ['95', 9500],
    ['95,5', 9550],
    ['95,50', 9550],
    ['1.234,50', 123450],
    ['1234,50', 123450],
    ['1.234', 123400],
    ['1234.50', 123450],
    ['95.5', 9550],
    ['0', 0],
    ['0,05', 5],
    ['1.000.000', 100000000],
    ['95,50 €', 9550],
    [' 95 EUR ', 9500],
  ])('%s → %i cents', (input, cents) => {
    expect(parseMoneyToCents(input)).toBe(cents);
  });

  it.each([
    '',
    'abc',
    '-1',
    '95,555',
    '1,234.50',
    '1.234.5',
    '12.34.56',
    '1.23,4',
    ',5',
    '95,',
    '1e3',
    '99999999999',
  ])('rejects %j', (input) => {
    expect(parseMoneyToCents(input)).toBeNull();
  });

  it('reads back what formatCentsDe writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (cents) => {
        expect(parseMoneyToCents(formatCentsDe(cents))).toBe(cents);
      }),
    );
  });

  it('MoneyInputSchema gives a coded message that reads German', () => {
    const result = MoneyInputSchema.safeParse('abc');
    expect(result.error?.issues[0]?.message).toBe('FIELD_AMOUNT');
    expect(germanText('FIELD_AMOUNT')).toMatch(/Betrag/);
    expect(MoneyInputSchema.parse('95,5')).toBe(9550);
  });
});

describe('parseRatePercentToBasisPoints', () => {
  it.each([
    ['19', 1900],
    ['19,5', 1950],
    ['19.5', 1950],
    ['7,25', 725],
    ['0', 0],
    ['100', 10000],
    ['100,00', 10000],
    ['19 %', 1900],
  ])('%s → %i bp', (input, basisPoints) => {
    expect(parseRatePercentToBasisPoints(input)).toBe(basisPoints);
  });

  it.each(['', 'abc', '-1', '100,01', '19,555', '101', '1.900'])('rejects %j', (input) => {
    expect(parseRatePercentToBasisPoints(input)).toBeNull();
  });

  it('VatRateInputSchema parses and explains', () => {
    expect(VatRateInputSchema.parse('19,5')).toBe(1950);
    expect(VatRateInputSchema.safeParse('19,555').error?.issues[0]?.message).toBe('FIELD_VAT_RATE');
    expect(germanText('FIELD_VAT_RATE')).toMatch(/Steuersatz/);
  });
});

describe('formatting', () => {
  it.each([
    [123450, '1.234,50 €'],
    [142750, '1.427,50 €'],
    [5, '0,05 €'],
    [0, '0,00 €'],
    [-123450, '-1.234,50 €'],
    [Number.MAX_SAFE_INTEGER, '90.071.992.547.409,91 €'],
  ])('formatCentsDe(%i) = %s', (cents, text) => {
    expect(formatCentsDe(cents)).toBe(text);
  });

  it('writes other currencies by symbol or code', () => {
    expect(formatCentsDe(100, 'CHF')).toBe('1,00 CHF');
    expect(formatCentsDe(100, 'USD')).toBe('1,00 $');
  });

  it.each([
    [1900, '19'],
    [1950, '19,5'],
    [725, '7,25'],
    [0, '0'],
    [10000, '100'],
  ])('formatBasisPointsDe(%i) = %s', (basisPoints, text) => {
    expect(formatBasisPointsDe(basisPoints)).toBe(text);
  });
});
