import { createBillomatClient, isBillomatRateLimitError } from '@plainstaff/billomat';
import { DEMO_ID, DEMO_KEY } from '../../../testing/integration';
import { exportHarness, type ExportHarness } from '../../../testing/exports/harness';

// The window length is the sandbox's `windowMs`; the pacing code does not know it and reads
// X-Rate-Limit-Remaining/-Reset as from billomat, so short windows exercise the same path.

export async function harnessWithQuota(quota: number, windowMs: number, echoCustomfield: boolean) {
  const h = await exportHarness({ echoCustomfield });
  h.sandbox.control.patchAccount(DEMO_ID, { rateLimit: { quota, windowMs } });
  // Start on a fresh window edge so the test does not depend on where in a window it begins.
  await new Promise((r) => setTimeout(r, windowMs - (Date.now() % windowMs) + 50));
  return h;
}

export const statuses = (h: ExportHarness, since: number) =>
  h.sandbox.requestLog.list({ sinceSeq: since }).map((e) => e.status);

/**
 * Another integration on the same account uses up what is left of the current window: a plain
 * billomat client of its own, which our shared quota does not know about.
 */
export async function burnQuota(h: ExportHarness) {
  const other = createBillomatClient({
    billomatId: DEMO_ID,
    apiKey: DEMO_KEY,
    baseUrl: h.sandbox.baseUrlTemplate,
    maxRateLimitWaitMs: 0,
    maxRetries: 0,
  });
  for (let i = 0; i < 20; i++) {
    try {
      await other.clients.list({}, 1, 1);
    } catch (err) {
      if (isBillomatRateLimitError(err)) return;
      throw err;
    }
  }
}
