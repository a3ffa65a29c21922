import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importHarness, type ImportHarness } from './testing/import';
import type { CustomerImportRun } from '@plainstaff/contracts/customer-import';
import { parseImportEvents } from './testing/sse';

describe('customer import events (server-sent events)', () => {
  let h: ImportHarness;
  let base: string;
  beforeAll(async () => {
    h = await importHarness({ clientCount: 3_000 });
    await h.t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => h.close());

  it('streams the progress page by page, then the summary, and ends', async () => {
    // Slow pages, so the stream opens while the import runs.
    h.sandbox.faults.add({ kind: 'delay', delayMs: 150, path: '/api/clients', method: 'GET', times: 3 });
    const start = await h.start();
    expect(start.statusCode).toBe(202);
    const { run } = start.json<{ run: CustomerImportRun }>();
    const res = await fetch(`${base}/api/customers/import/events?runId=${run.id}`, {
      headers: { cookie: h.cookie },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseImportEvents(await res.text());
    expect(events.at(-1)).toMatchObject({
      event: 'completed',
      run: { id: run.id, status: 'completed', pagesDone: 3, pagesTotal: 3, summary: { created: 3_000 } },
    });
    const pages = events.filter((e) => e.event === 'progress').map((e) => e.run.pagesDone);
    expect(pages.at(-1)).toBe(3);
    expect(pages).toEqual([...pages].sort());
  });

  it('a finished run: one terminal event, then the stream ends', async () => {
    const last = await h.settle();
    const res = await h.t.app.inject({
      method: 'GET',
      url: `/api/customers/import/events?runId=${last.id}`,
      headers: { cookie: h.cookie },
    });
    expect(parseImportEvents(res.body)).toEqual([{ event: 'completed', run: last }]);
  });

  it('an unknown run is a 404, and employees get no stream', async () => {
    const unknown = await h.t.app.inject({
      method: 'GET',
      url: '/api/customers/import/events?runId=999',
      headers: { cookie: h.cookie },
    });
    expect(unknown.statusCode).toBe(404);
    const employee = await h.t.createUser('employee');
    const denied = await h.t.app.inject({
      method: 'GET',
      url: '/api/customers/import/events',
      headers: { cookie: employee.cookie },
    });
    expect(denied.statusCode).toBe(403);
  });
});
