import type { FastifyInstance } from 'fastify';
import type { QuotaEstimate } from '@plainstaff/contracts/billing-runs';

/** billomat without a registered app: 300 requests per account and 15 minutes (API §2.1). */
export const QUOTA_PER_WINDOW = 300;

/** Worst case per invoice: POST, customfield PUT (when not echoed), complete when chosen. */
export const requestsFor = (complete: boolean) => 2 + (complete ? 1 : 0);

export function estimate(app: FastifyInstance, completes: boolean[]): QuotaEstimate {
  const requests = completes.reduce((sum, c) => sum + requestsFor(c), 0);
  const last = app.exports.lastRateLimit();
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
