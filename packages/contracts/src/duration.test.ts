import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DURATION_FORMAT_MESSAGE,
  DURATION_RANGE_MESSAGE,
  DurationInputSchema,
  formatMinutesAsHours,
  minutesToCentiHours,
  parseDuration,
} from './duration';

describe('parseDuration', () => {
  it.each([
    ['1,5', 90],
    ['1.5', 90],
    ['1:30', 90],
    ['90m', 90],
    ['1h 30m', 90],
    ['1h30', 90],
    ['1 Std. 30 Min.', 90],
    ['2h', 120],
    ['1,5 Std.', 90],
    ['45 min', 45],
    ['45 Minuten', 45],
    ['1,25', 75],
    [',5', 30],
    ['0:45', 45],
    ['1,33', 80],
    ['0,01', 1],
    ['24:00', 1440],
    ['24', 1440],
    ['  2  ', 120],
  ])('%s → %i minutes', (input, minutes) => {
    expect(parseDuration(input)).toBe(minutes);
  });

  it.each([
    '',
    '   ',
    'abc',
    '-1',
    '0',
    '0:00',
    '24:01',
    '25',
    '1441m',
    '1,555',
    '1:60',
    '1:5',
    '1h 60m',
    '1,2,3',
    'h',
  ])('rejects %j', (input) => {
    expect(parseDuration(input)).toBeNull();
  });

  it('round-trips every whole-minute h:mm value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), (minutes) => {
        const text = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
        expect(parseDuration(text)).toBe(minutes);
      }),
    );
  });
});

describe('DurationInputSchema', () => {
  it('turns text into minutes', () => {
    expect(DurationInputSchema.parse('1:30')).toBe(90);
  });

  it.each([
    ['abc', DURATION_FORMAT_MESSAGE],
    ['1,555', DURATION_FORMAT_MESSAGE],
    ['', DURATION_FORMAT_MESSAGE],
    ['0', DURATION_RANGE_MESSAGE],
    ['-1', DURATION_RANGE_MESSAGE],
    ['24:01', DURATION_RANGE_MESSAGE],
  ])('explains %j with a coded message', (input, message) => {
    const result = DurationInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('formatMinutesAsHours', () => {
  it.each([
    [90, '1,50'],
    [750, '12,50'],
    [20, '0,33'],
    [10, '0,17'],
    [0, '0,00'],
    [60 * 1234 + 30, '1.234,50'],
  ])('%i → %s', (minutes, text) => {
    expect(formatMinutesAsHours(minutes)).toBe(text);
  });

  it('rounds minutes to the nearest hundredth of an hour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (minutes) => {
        const centiHours = minutesToCentiHours(minutes);
        // |centiHours − minutes × 100/60| ≤ 1/2, compared in integers (× 60).
        expect(Math.abs(centiHours * 60 - minutes * 100)).toBeLessThanOrEqual(30);
      }),
    );
  });
});
