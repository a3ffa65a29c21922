import type { FastifyInstance } from 'fastify';
import { DEMO_LOGIN } from './demo-users';

// A demo should show what invoicing looks like, not only unbilled hours: once, the months older than
// three months are billed by a real Abrechnungslauf (drafts, through the exactly-once export into the
// demo sandbox), acting as the demo admin through the API like a user would.

const ORIGIN = 'http://localhost:80';

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export async function seedDemoBillingHistory(app: FastifyInstance, today = new Date()): Promise<void> {
  const ran = await app.db.selectFrom('billing_runs').select('id').limit(1).executeTakeFirst();
  if (ran) return;
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: ORIGIN },
    payload: DEMO_LOGIN,
  });
  const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0];
  if (login.statusCode !== 200 || !cookie) return;
  const headers = { origin: ORIGIN, cookie };
  // End of the month three months back; the invoice is dated the first of the month after.
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 0));
  const invoiceDate = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 1));
  const options = { cutoffDate: isoDate(cutoff), invoiceDate: isoDate(invoiceDate), draftsOnly: true };
  const preview = await app.inject({
    method: 'POST',
    url: '/api/billing-runs/preview',
    headers,
    payload: options,
  });
  if (preview.statusCode !== 200) return;
  const items = (preview.json() as { items: { projectId: number; ready: boolean }[] }).items;
  const projectIds = items.filter((i) => i.ready).map((i) => i.projectId);
  if (projectIds.length === 0) return;
  const started = await app.inject({
    method: 'POST',
    url: '/api/billing-runs',
    headers,
    payload: { ...options, projectIds },
  });
  if (started.statusCode >= 400)
    app.log.warn({ status: started.statusCode }, 'demo billing history not started');
}
