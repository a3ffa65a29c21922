import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultSpec } from 'billomat-sandbox';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, seedProject } from '../../testing/exports/fixtures';
import {
  NOT_FOUND_GRACE_MS,
  exportHarness,
  type Actor,
  type ExportHarness,
} from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import { bookingStates, onlyExport, previewAndExport } from '../../testing/exports/steps';

// PRODUCT §5 under every network failure the sandbox can produce: each followed by the immediate
// reconcile, a retry or the start-up reconciler — and always exactly one invoice per export.

let h: ExportHarness;
let employee: Actor;
beforeAll(async () => {
  h = await exportHarness();
  employee = await h.user('employee');
});
afterAll(async () => h.close());
// Every case starts in a fresh billomat window: a 429 of one case pauses every request until its reset.
beforeEach(async () => {
  h.sandbox.faults.clear();
  await h.freshQuota();
});

const POST_INVOICE = { path: '/api/invoices', method: 'POST' } as const;
const invariants = async () =>
  expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
const countFor = (clientId: number) =>
  h.sandbox.control.invoices(DEMO_ID).filter((v) => Number(v.invoice.client_id) === clientId).length;

async function exportUnder(fault: Omit<FaultSpec, 'path'>) {
  const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
  h.sandbox.faults.add({ ...POST_INVOICE, ...fault });
  const { res } = await previewAndExport(h, f);
  return { f, res };
}

async function expectBilled(f: { bookingIds: number[] }, exportId: number) {
  const rows = await bookingStates(h, f.bookingIds);
  expect(rows.every((b) => b.billing_state === 'billed' && b.export_id === exportId)).toBe(true);
}

describe('faults after billomat committed: the immediate reconcile finds the invoice', () => {
  it.each([
    ['timeout after commit', { kind: 'hang-after' as const }],
    ['truncated body', { kind: 'truncate' as const }],
  ])('%s → created, one invoice, bookings billed', async (_name, fault) => {
    const { f, res } = await exportUnder(fault);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('created');
    expect(countFor(f.clientId)).toBe(1);
    await expectBilled(f, res.json().id);
    await invariants();
  });
});

describe('faults before billomat executed: released, then a retry creates exactly one invoice', () => {
  it.each([
    ['timeout before commit', { kind: 'hang-before' as const }],
    ['500', { kind: 'status' as const, status: 500 }],
    ['HTML 502', { kind: 'html502' as const }],
  ])('%s → pending, then failed (bookings open) → retry → created', async (_name, fault) => {
    const { f, res } = await exportUnder(fault);
    // Unclear outcome: not found yet, but billomat may still be processing — pending, bookings reserved.
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().status).toBe('pending');
    expect((await bookingStates(h, f.bookingIds)).every((b) => b.billing_state === 'reserved')).toBe(true);
    // After the grace "not found" is believed: failed, bookings open again.
    await new Promise((r) => setTimeout(r, NOT_FOUND_GRACE_MS + 50));
    await h.app.exports.reconcilePending();
    const failed = await onlyExport(h, f.projectId);
    expect(failed.status).toBe('failed');
    expect((await bookingStates(h, f.bookingIds)).every((b) => b.billing_state === 'open')).toBe(true);
    await invariants();

    const retry = await h.send('POST', `/api/exports/${failed.id}/retry`);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json()).toMatchObject({ status: 'created', reference: failed.reference });
    expect(countFor(f.clientId)).toBe(1);
    await expectBilled(f, failed.id);
    await invariants();
    // A second retry changes nothing and never posts again.
    const since = h.sandbox.requestLog.lastSeq;
    expect((await h.send('POST', `/api/exports/${failed.id}/retry`)).statusCode).toBe(201);
    expect(h.sandbox.requestLog.list({ sinceSeq: since, method: 'POST' })).toHaveLength(0);
  });

  it('429 is a definite rejection: released at once with the time to retry', async () => {
    const { f, res } = await exportUnder({ kind: 'status', status: 429 });
    expect(res.statusCode, res.body).toBe(429);
    expect(res.json().code).toBe('BILLOMAT_RATE_LIMITED');
    expect(res.json().message).toMatch(/um \d\d:\d\d Uhr erneut/);
    expect((await onlyExport(h, f.projectId)).status).toBe('failed');
    expect(countFor(f.clientId)).toBe(0);
    await invariants();
    // Until billomat's window ends, every request waits (issue 20: all instances pause together): a
    // retry now sends nothing and says when to try again.
    const exportId = (await onlyExport(h, f.projectId)).id;
    const since = h.sandbox.requestLog.lastSeq;
    const early = await h.send('POST', `/api/exports/${exportId}/retry`);
    expect(early.json().code, early.body).toBe('BILLOMAT_RATE_LIMITED');
    expect(h.sandbox.requestLog.list({ sinceSeq: since })).toHaveLength(0);
    expect((await onlyExport(h, f.projectId)).status).toBe('failed');
    // The next window: the retry posts once.
    await h.freshQuota();
    const retry = await h.send('POST', `/api/exports/${exportId}/retry`);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(countFor(f.clientId)).toBe(1);
    await invariants();
  });
});

describe('billomat unreachable while reconciling', () => {
  it('stays pending with reserved bookings (202), and a later retry settles it without a second POST', async () => {
    h.sandbox.faults.add({ path: '/api/invoices', method: 'GET', kind: 'status', status: 503, times: 0 });
    const { f, res } = await exportUnder({ kind: 'hang-after' });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ status: 'pending' });
    expect(res.json().error).toMatchObject({
      code: 'EXPORT_PENDING',
      params: { context: 'because', cause: { code: 'BILLOMAT_UNAVAILABLE' } },
      message: expect.stringMatching(/Unklar, ob billomat die Rechnung angelegt hat/),
    });
    expect((await bookingStates(h, f.bookingIds)).every((b) => b.billing_state === 'reserved')).toBe(true);
    expect(
      await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID), { settled: false }),
    ).toEqual([]);

    h.sandbox.faults.clear();
    const since = h.sandbox.requestLog.lastSeq;
    const retry = await h.send('POST', `/api/exports/${res.json().id}/retry`);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(h.sandbox.requestLog.list({ sinceSeq: since, method: 'POST' })).toHaveLength(0);
    expect(countFor(f.clientId)).toBe(1);
    await invariants();
  });

  it('the start-up reconciler resolves it once billomat answers again', async () => {
    h.sandbox.faults.add({ path: '/api/invoices', method: 'GET', kind: 'status', status: 503, times: 0 });
    const { f, res } = await exportUnder({ kind: 'hang-after' });
    expect(res.statusCode).toBe(202);
    h.sandbox.faults.clear();
    await h.restart();
    await h.app.exports.reconcilePending();
    expect((await onlyExport(h, f.projectId)).status).toBe('created');
    await expectBilled(f, res.json().id);
    await invariants();
  });
});
