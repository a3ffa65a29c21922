import type { FastifyInstance } from 'fastify';
import { DEMO_BILLOMAT } from '../../seed/demo-sandbox';

/**
 * Demo mode: connect to the sandbox's demo account once, so import and export work out of the box.
 * The row stays after a disconnect, so a restart does not reconnect behind the admin's back.
 */
export async function seedDemoIntegration(app: FastifyInstance): Promise<void> {
  if (await app.billomat.store.row()) return;
  let accountName: string | null = null;
  try {
    const client = app.billomat.clientFor(DEMO_BILLOMAT.id, DEMO_BILLOMAT.apiKey, {
      maxRetries: 0,
      timeoutMs: 5_000,
    });
    accountName = (await client.clients.myself()).accountName || null;
  } catch (err) {
    app.log.warn({ err }, 'demo billomat account not reachable; connecting without a check');
  }
  await app.billomat.store.save(
    {
      billomatId: DEMO_BILLOMAT.id,
      vatRateBp: 1900,
      printProjectDescription: true,
      completeInvoices: false,
      templateId: null,
    },
    DEMO_BILLOMAT.apiKey,
    accountName,
  );
}
