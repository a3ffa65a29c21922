import type { FastifyInstance } from 'fastify';
import type { QuotaEstimate } from '@plainstaff/contracts/billing-runs';

/** Worst case per invoice: POST, customfield PUT (when not echoed), complete when chosen. */
export const requestsFor = (complete: boolean) => 2 + (complete ? 1 : 0);

/** The connected account's window as every instance sees it (null: fresh, or not connected). */
export async function currentWindow(app: FastifyInstance) {
  const settings = await app.billomat.getSettings().catch(() => null);
  return settings ? app.billomat.quota(settings.billomatId) : null;
}

export async function estimate(app: FastifyInstance, completes: boolean[]): Promise<QuotaEstimate> {
  const perWindow = app.billomat.quotaConfig.perWindow;
  const requests = completes.reduce((sum, c) => sum + requestsFor(c), 0);
  const last = await currentWindow(app);
  const first = last ? last.remaining : perWindow;
  const windows = requests === 0 ? 0 : requests <= first ? 1 : 1 + Math.ceil((requests - first) / perWindow);
  return {
    invoices: completes.length,
    requests,
    windows,
    quotaPerWindow: perWindow,
    remaining: last?.remaining ?? null,
    resetAt: last?.resetAt.toISOString() ?? null,
  };
}
