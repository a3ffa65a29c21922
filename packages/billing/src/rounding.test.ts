import { describe, expect, it } from 'vitest';
import { billedMinutes } from './rounding';

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
