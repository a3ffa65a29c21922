import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from 'billomat-sandbox';
import { buildTestInstances, ORIGIN, type TestApp } from '../../testing/app';
import type { CustomerImportRun } from '@plainstaff/contracts/customer-import';
import { parseImportEvents } from './testing/sse';

// Issue 20: the import runs on one instance (under the lock row), but its progress reaches the clients
// of every instance: B's event stream follows A's run page by page until the summary.

const ACCOUNT = { billomatId: 'acme', apiKey: 'acme-key-0123456789', clientCount: 3_000, seed: 7 };
let sandbox: Sandbox;
let group: Awaited<ReturnType<typeof buildTestInstances>>;
let a: TestApp;
let b: TestApp;
let cookie: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, accounts: [ACCOUNT] });
  group = await buildTestInstances(2, { BILLOMAT_BASE_URL: sandbox.baseUrlTemplate });
  [a, b] = group.instances as [TestApp, TestApp];
  await a.app.billomat.store.save(
    {
      billomatId: ACCOUNT.billomatId,
      vatRateBp: 1900,
      printProjectDescription: false,
      completeInvoices: false,
      templateId: null,
    },
    ACCOUNT.apiKey,
    null,
  );
  cookie = (await a.createUser('admin')).cookie;
  await b.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await group?.close();
  await sandbox?.close();
});

const events = async (t: TestApp, runId: number) => {
  const { port } = t.app.server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}/api/customers/import/events?runId=${runId}`, {
    headers: { cookie },
  });
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return parseImportEvents(await res.text());
};

describe('customer import progress across instances', () => {
  it("a client of instance B follows A's import until its summary", async () => {
    // Slow pages: the run takes a few of B's polls.
    sandbox.faults.add({ kind: 'delay', delayMs: 700, path: '/api/clients', method: 'GET', times: 3 });
    const start = await a.app.inject({
      method: 'POST',
      url: '/api/customers/import',
      headers: { origin: ORIGIN, cookie },
    });
    expect(start.statusCode, start.body).toBe(202);
    const { run } = start.json<{ run: CustomerImportRun }>();
    // B runs nothing itself: a second start there is refused by the lock row, not joined.
    const second = await b.app.inject({
      method: 'POST',
      url: '/api/customers/import',
      headers: { origin: ORIGIN, cookie },
    });
    expect(second.json()).toMatchObject({ code: 'CUSTOMER_IMPORT_RUNNING' });

    const seen = await events(b, run.id);
    expect(seen[0]).toMatchObject({ event: 'progress', run: { id: run.id, status: 'running' } });
    expect(seen.at(-1)).toMatchObject({
      event: 'completed',
      run: { id: run.id, status: 'completed', pagesDone: 3, pagesTotal: 3, summary: { created: 3_000 } },
    });
    const pages = seen.map((e) => e.run.pagesDone);
    expect(pages).toEqual([...pages].sort((x, y) => x - y));
    expect(seen.filter((e) => e.event !== 'progress')).toHaveLength(1);
  });

  it('a run whose instance died ends the stream instead of hanging', async () => {
    // What a SIGKILLed instance leaves: a run still marked running, and a lock that has run out.
    const row = await a.app.db
      .insertInto('customer_import_runs')
      .values({ status: 'running', started_by: null, started_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await a.app.db
      .updateTable('customer_import_lock')
      .set({ holder: 'dead-instance', run_id: row.id, expires_at: new Date(Date.now() - 1).toISOString() })
      .where('id', '=', 1)
      .execute();
    const seen = await events(b, row.id);
    expect(seen).toEqual([
      { event: 'progress', run: expect.objectContaining({ id: row.id, status: 'running' }) },
    ]);
  });
});
