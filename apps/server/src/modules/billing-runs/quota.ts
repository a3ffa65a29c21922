import type { FastifyInstance } from 'fastify';
import type { RateLimitInfo } from '@plainstaff/billomat';
import type { QuotaEstimate } from '@plainstaff/contracts/billing-runs';
import { exportRuntime } from '../exports/runtime';

/** billomat without a registered app: 300 requests per account and 15 minutes (API §2.1). */
export const QUOTA_PER_WINDOW = 300;

/** Worst case per invoice: POST, customfield PUT (when not echoed), complete when chosen. */
export const requestsFor = (complete: boolean) => 2 + (complete ? 1 : 0);

const seen = new WeakMap<object, RateLimitInfo>();

/**
 * Every billomat answer the exports make carries X-Rate-Limit-Remaining/-Reset; the run watches them
 * through the export clients' `onRateLimit` (their tuning is spread into every client they create).
 */
export function observeRateLimit(app: FastifyInstance): void {
  const key = app.db;
  const tuning = exportRuntime(app.db).tuning;
  const previous = (tuning as { onRateLimit?: (i: RateLimitInfo) => void }).onRateLimit;
  Object.assign(tuning, {
    onRateLimit: (info: RateLimitInfo) => {
      seen.set(key, info);
      previous?.(info);
    },
  });
}

/** The last seen window, or null when it has ended (or nothing was seen since the start). */
export function lastRateLimit(app: FastifyInstance, now = Date.now()): RateLimitInfo | null {
  const info = seen.get(app.db);
  return info && info.resetAt.getTime() > now ? info : null;
}

export function estimate(app: FastifyInstance, completes: boolean[]): QuotaEstimate {
  const requests = completes.reduce((sum, c) => sum + requestsFor(c), 0);
  const last = lastRateLimit(app);
  const first = last ? last.remaining : QUOTA_PER_WINDOW;
  const windows =
    requests === 0 ? 0 : requests <= first ? 1 : 1 + Math.ceil((requests - first) / QUOTA_PER_WINDOW);
  return {
    invoices: completes.length,
    requests,
    windows,
    quotaPerWindow: QUOTA_PER_WINDOW,
    remaining: last?.remaining ?? null,
    resetAt: last?.resetAt.toISOString() ?? null,
  };
}
