import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importRunsRepository } from './customer-import.repository';
import { importHarness, type ImportHarness } from './testing/import';

describe('customer import: concurrency and failures', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await importHarness({
      billomatId: 'five',
      apiKey: 'five-key-0123456789',
      clientCount: 4_500,
      seed: 11,
    });
  });
  afterEach(() => h.sandbox.faults.clear());
  afterAll(async () => h.close());

  it('a fault on page 3 of 5 keeps pages 1–2; a re-run imports every client exactly once', async () => {
    // Pages 1 and 2 pass, page 3 comes back truncated (a bad answer: not retried).
    h.sandbox.faults.add({ kind: 'delay', delayMs: 0, path: '/api/clients', method: 'GET', times: 2 });
    h.sandbox.faults.add({ kind: 'truncate', path: '/api/clients', method: 'GET', times: 1 });
    const failed = await h.importAll();
    expect(failed).toMatchObject({ status: 'failed', pagesDone: 2, pagesTotal: 5 });
    expect(failed.error?.code).toBe('BILLOMAT_BAD_ANSWER');
    expect(failed.error?.message).toMatch(/billomat/);
    expect(await h.customers()).toHaveLength(2_000);
    // Never flag anything missing after a partial run.
    expect((await h.customers()).some((c) => Number(c.missing_in_billomat) === 1)).toBe(false);

    const again = await h.importAll();
    expect(again).toMatchObject({ status: 'completed', pagesDone: 5, pagesTotal: 5, error: null });
    expect(again.summary).toMatchObject({ created: 2_500, unchanged: 2_000, updated: 0, missing: 0 });
    const customers = await h.customers();
    expect(customers).toHaveLength(4_500);
    expect(new Set(customers.map((c) => c.billomat_client_id)).size).toBe(4_500);
  });

  it('billomat unavailable: the run fails with a German sentence that says what to do', async () => {
    h.sandbox.faults.add({ kind: 'html502', path: '/api/clients', method: 'GET', times: 0 });
    const run = await h.importAll();
    expect(run.status).toBe('failed');
    expect(run.error?.code).toBe('BILLOMAT_UNAVAILABLE');
    expect(run.error?.message).toMatch(/versuchen Sie es/);
  }, 20_000);

  it('two concurrent starts join one import and never duplicate a customer', async () => {
    await h.t.app.db.deleteFrom('customers').execute();
    const manager = await h.t.createUser('manager');
    const [a, b] = await Promise.all([h.start(), h.start(manager.cookie)]);
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    expect(a.json().run.id).toBe(b.json().run.id);
    expect([a.json().joined, b.json().joined].sort()).toEqual([false, true]);
    const run = await h.settle();
    expect(run).toMatchObject({ id: a.json().run.id, status: 'completed' });
    expect(run.summary.created).toBe(4_500);
    const ids = (await h.customers()).map((c) => c.billomat_client_id);
    expect(ids).toHaveLength(4_500);
    expect(new Set(ids).size).toBe(4_500);
  });

  it('another instance holding the lock row: a clear 409, and nothing is imported', async () => {
    const runs = importRunsRepository(h.t.app.db);
    const now = Date.now();
    expect(
      await runs.acquireLock(
        'other-instance',
        new Date(now).toISOString(),
        new Date(now + 60_000).toISOString(),
      ),
    ).toBe(true);
    try {
      const res = await h.start();
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'CUSTOMER_IMPORT_RUNNING' });
      expect((await h.status()).running).toBe(true);
    } finally {
      await runs.releaseLock('other-instance');
    }
    // An expired lock (crashed instance) is taken over.
    await runs.acquireLock(
      'crashed',
      new Date(now - 120_000).toISOString(),
      new Date(now - 60_000).toISOString(),
    );
    expect((await h.importAll()).status).toBe('completed');
  });
});

describe('customer import: access and connection', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await importHarness({ clientCount: 3 });
  });
  afterAll(async () => h.close());

  it('employees may not import', async () => {
    const employee = await h.t.createUser('employee');
    expect((await h.start(employee.cookie)).statusCode).toBe(403);
  });

  it('not connected: says where to connect billomat', async () => {
    await h.t.app.db.deleteFrom('integration_settings').execute();
    expect((await h.status()).connected).toBe(false);
    const res = await h.start();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'BILLOMAT_NOT_CONNECTED' });
    expect(res.json().message).toContain('Administration › Integrationen');
  });
});
