import { expect, type APIRequestContext } from '@playwright/test';
import { E2E_URL } from './users';

/** The demo account of the in-process sandbox (`e2e/testing/server.mjs`). */
export const DEMO = { billomatId: 'demo', apiKey: 'demo-0123456789abcdef0123456789abcdef' };
export type Json = Record<string, unknown> & { items?: Json[] };

/** Our API as the logged-in browser user (CSRF origin set); fails the test on any non-2xx answer. */
export async function call(
  api: APIRequestContext,
  method: string,
  path: string,
  data?: unknown,
): Promise<Json> {
  const res = await api.fetch(`/api${path}`, { method, data, headers: { origin: E2E_URL } });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBeTruthy();
  return res.status() === 204 ? {} : ((await res.json()) as Json);
}

/**
 * Connects the integration to the sandbox's demo account unless it is connected; with
 * `printProjectDescription` given, also makes sure the setting has that value.
 */
export async function connectBillomat(
  api: APIRequestContext,
  opts: { printProjectDescription?: boolean } = {},
) {
  const settings = await call(api, 'GET', '/integrations/billomat');
  const want = opts.printProjectDescription;
  if (!settings.connected || (want !== undefined && settings.printProjectDescription !== want)) {
    await call(api, 'PUT', '/integrations/billomat', {
      billomatId: DEMO.billomatId,
      apiKey: settings.connected ? '' : DEMO.apiKey,
      vatRate: 1900,
      printProjectDescription: want ?? false,
      completeInvoices: false,
      templateId: null,
    });
  }
}

/** A customer imported from billomat; runs the customer import first if there is none yet. */
export async function importedCustomer(api: APIRequestContext): Promise<Json | undefined> {
  const linked = async () => (await call(api, 'GET', '/customers?source=billomat&pageSize=1')).items?.[0];
  if (!(await linked())) {
    await call(api, 'POST', '/customers/import');
    await expect.poll(async () => (await call(api, 'GET', '/customers/import/status')).running).toBe(false);
  }
  return linked();
}

/** A user by e-mail from the user list (admin only). */
export async function userByEmail(api: APIRequestContext, email: string): Promise<Json | undefined> {
  return (await call(api, 'GET', '/users')).items?.find((u) => u.email === email);
}
