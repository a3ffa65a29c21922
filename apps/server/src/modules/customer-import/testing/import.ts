import type { LightMyRequestResponse } from 'fastify';
import { startSandbox, type AccountConfig, type Sandbox } from 'billomat-sandbox';
import type { CustomerImportRun, CustomerImportStatus } from '@plainstaff/contracts/customer-import';
import { buildTestApp, ORIGIN, type TestApp } from '../../../testing/app';

export interface ImportHarness {
  t: TestApp;
  sandbox: Sandbox;
  account: string;
  cookie: string;
  start(cookie?: string): Promise<LightMyRequestResponse>;
  status(): Promise<CustomerImportStatus>;
  /** Polls the status until no import runs; returns the last run. */
  settle(): Promise<CustomerImportRun>;
  /** Starts an import and waits for its end. */
  importAll(): Promise<CustomerImportRun>;
  customers(): Promise<Record<string, unknown>[]>;
  /** billomat list requests since `sinceSeq`. */
  clientRequests(sinceSeq?: number): ReturnType<Sandbox['requestLog']['list']>;
  close(): Promise<void>;
}

/** A real app connected (settings row saved directly, no connection test) to one sandbox account. */
export async function importHarness(account: Partial<AccountConfig> = {}): Promise<ImportHarness> {
  const config: AccountConfig = {
    billomatId: 'acme',
    apiKey: 'acme-key-0123456789',
    clientCount: 25,
    seed: 7,
    ...account,
  };
  const sandbox = await startSandbox({ port: 0, accounts: [config] });
  const t = await buildTestApp({ BILLOMAT_BASE_URL: sandbox.baseUrlTemplate });
  await t.app.billomat.store.save(
    {
      billomatId: config.billomatId,
      vatRateBp: 1900,
      printProjectDescription: false,
      completeInvoices: false,
      templateId: null,
    },
    config.apiKey,
    null,
  );
  const { cookie } = await t.createUser('admin');
  const start = (c = cookie) =>
    t.app.inject({ method: 'POST', url: '/api/customers/import', headers: { origin: ORIGIN, cookie: c } });
  const status = async () =>
    (
      await t.app.inject({ method: 'GET', url: '/api/customers/import/status', headers: { cookie } })
    ).json<CustomerImportStatus>();
  async function settle(): Promise<CustomerImportRun> {
    for (let i = 0; i < 600; i++) {
      const s = await status();
      if (!s.running && s.lastRun) return s.lastRun;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('customer import did not finish');
  }
  return {
    t,
    sandbox,
    account: config.billomatId,
    cookie,
    start,
    status,
    settle,
    async importAll() {
      const res = await start();
      if (res.statusCode !== 202) throw new Error(`import not started: ${res.statusCode} ${res.body}`);
      return settle();
    },
    customers: () =>
      t.app.db.selectFrom('customers').selectAll().orderBy('id').execute() as Promise<
        Record<string, unknown>[]
      >,
    clientRequests: (sinceSeq) =>
      sandbox.requestLog.list({ account: config.billomatId, method: 'GET', path: '/api/clients', sinceSeq }),
    async close() {
      await t.close();
      await sandbox.close();
    },
  };
}
