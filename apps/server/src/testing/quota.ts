import type { FastifyInstance } from 'fastify';
import type { Sandbox } from 'billomat-sandbox';

/**
 * Time passes into billomat's next window: the quota every instance shares starts over, and so does the
 * sandbox's rate limit. After a 429 every request waits for the window's end (issue 20); tests that
 * judge the outcome "eventually" call this instead of sleeping until then.
 */
export async function freshBillomatWindow(app: FastifyInstance, sandbox: Sandbox): Promise<void> {
  await app.db.deleteFrom('billomat_quota').execute();
  sandbox.control.resetRateLimits();
}
