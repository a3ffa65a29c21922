import { describe, expect, it } from 'vitest';
import { resolveHourlyRate } from './rates';

describe('resolveHourlyRate', () => {
  it('prefers the project member rate', () => {
    expect(
      resolveHourlyRate({
        memberRateCents: 11000,
        taskRateCents: 9500,
        projectRateCents: 9000,
        userDefaultRateCents: 8000,
      }),
    ).toEqual({ rateCents: 11000, source: 'member' });
  });

  it('falls through null and undefined in order task → project → user', () => {
    expect(resolveHourlyRate({ memberRateCents: null, taskRateCents: 9500, projectRateCents: 9000 })).toEqual(
      {
        rateCents: 9500,
        source: 'task',
      },
    );
    expect(
      resolveHourlyRate({ taskRateCents: undefined, projectRateCents: 9000, userDefaultRateCents: 1 }),
    ).toEqual({
      rateCents: 9000,
      source: 'project',
    });
    expect(resolveHourlyRate({ userDefaultRateCents: 8000 })).toEqual({ rateCents: 8000, source: 'user' });
  });

  it('treats 0 as an explicit rate that stops the search', () => {
    expect(resolveHourlyRate({ memberRateCents: 0, taskRateCents: 9500 })).toEqual({
      rateCents: 0,
      source: 'member',
    });
    expect(resolveHourlyRate({ taskRateCents: 0, userDefaultRateCents: 8000 })).toEqual({
      rateCents: 0,
      source: 'task',
    });
  });

  it('reports none when nothing is set', () => {
    expect(resolveHourlyRate({})).toEqual({ rateCents: null, source: 'none' });
    expect(resolveHourlyRate({ memberRateCents: null, userDefaultRateCents: null })).toEqual({
      rateCents: null,
      source: 'none',
    });
  });
});
