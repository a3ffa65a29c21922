import type { LightMyRequestResponse } from 'fastify';
import { startSandbox, type Sandbox } from 'billomat-sandbox';
import { buildTestApp, ORIGIN, type TestApp } from './app';

export const DEMO_ID = 'demo';
export const DEMO_KEY = 'demo-0123456789abcdef0123456789abcdef';

export interface IntegrationHarness {
  t: TestApp;
  sandbox: Sandbox;
  admin: { cookie: string };
  /** A mutating request as the admin (origin + cookie for the CSRF check). */
  send(method: 'PUT' | 'POST' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  get(url: string, cookie?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A real app pointed at a real sandbox on port 0 (path-based `{id}` base URL). */
export async function integrationHarness(
  opts: { sandbox?: Parameters<typeof startSandbox>[0]; env?: Record<string, string> } = {},
): Promise<IntegrationHarness> {
  const sandbox = await startSandbox({ port: 0, ...opts.sandbox });
  const t = await buildTestApp({ BILLOMAT_BASE_URL: sandbox.baseUrlTemplate, ...opts.env });
  const admin = await t.createUser('admin');
  return {
    t,
    sandbox,
    admin,
    send: (method, url, payload) =>
      t.app.inject({
        method,
        url,
        headers: { origin: ORIGIN, cookie: admin.cookie },
        payload: payload as object,
      }),
    get: (url, cookie = admin.cookie) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
    async close() {
      await t.close();
      await sandbox.close();
    },
  };
}

export const validSettings = {
  billomatId: DEMO_ID,
  apiKey: DEMO_KEY,
  vatRate: '19',
  printProjectDescription: true,
  completeInvoices: false,
  templateId: null,
};
