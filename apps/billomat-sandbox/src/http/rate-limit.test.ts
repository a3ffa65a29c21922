import { describe, expect, it } from 'vitest';
import { KEY, call, withSandbox } from '../testing/sandbox';

describe('rate limiting in fixed windows', () => {
  it('sends the headers on every answer and 429s with billomat`s body when the window is used up', () => {
    let now = Date.UTC(2024, 6, 1, 12, 0, 5);
    const accounts = [
      { billomatId: 'acme', apiKey: KEY, clientCount: 1, rateLimit: { quota: 10, windowMs: 20_000 } },
    ];
    return withSandbox({ accounts, now: () => now }, async (sb) => {
      const reset = String(Date.UTC(2024, 6, 1, 12, 0, 20) / 1000);
      for (let i = 9; i >= 0; i--) {
        const r = await call(sb, '/acme/api/clients');
        expect([
          r.status,
          r.headers.get('x-rate-limit-remaining'),
          r.headers.get('x-rate-limit-reset'),
        ]).toEqual([200, String(i), reset]);
      }
      const limited = await call(sb, '/acme/api/clients');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(limited.json).toEqual({
        errors: { error: 'Maximum number of requests (10 per 20 seconds) reached. Try again in 15 seconds.' },
      });
      expect(
        (await call(sb, '/acme/api/clients', { key: 'wrong' })).headers.get('x-rate-limit-remaining'),
      ).toBe('0');
      now += 15_000; // next window: the unused quota is not carried over, the new one is full
      const next = await call(sb, '/acme/api/clients');
      expect([next.status, next.headers.get('x-rate-limit-remaining')]).toEqual([200, '9']);
    });
  });

  it('defaults to 300 per quarter hour aligned to the clock', () => {
    const now = Date.UTC(2024, 6, 1, 12, 7, 0);
    return withSandbox(
      { accounts: [{ billomatId: 'acme', apiKey: KEY, clientCount: 0 }], now: () => now },
      async (sb) => {
        const r = await call(sb, '/acme/api/clients');
        expect(r.headers.get('x-rate-limit-remaining')).toBe('299');
        expect(r.headers.get('x-rate-limit-reset')).toBe(String(Date.UTC(2024, 6, 1, 12, 15, 0) / 1000));
      },
    );
  });
});
