import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { seedProject, type Fixture } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import {
  CUTOFF,
  INVOICE_DATE,
  bookingsFor,
  expectInvoiceEquals,
  invoicesOf,
  seedProjects,
  singleExportPreview,
  startRun,
  waitForRun,
} from './testing/run-fixtures';

// Acceptance 1: a run over 30 projects creates exactly 30 invoices, each equal to what a single
// export of that project with its profile would have created.

let h: ExportHarness;
let employee: Actor;
let projects: Fixture[];
beforeAll(async () => {
  h = await exportHarness({ echoCustomfield: false });
  employee = await h.user('employee');
  projects = await seedProjects(h, employee, 30);
}, 60_000);
afterAll(async () => h.close());

describe('Abrechnungslauf over 30 projects', () => {
  it('previews one invoice per project with the single export preview, then creates exactly 30 invoices equal to it', async () => {
    const ids = projects.map((f) => f.projectId);
    const expected = new Map<number, Awaited<ReturnType<typeof singleExportPreview>>>();
    for (const f of projects) {
      const open = (
        await h.app.db
          .selectFrom('bookings')
          .select('id')
          .where('project_id', '=', f.projectId)
          .where('billing_state', '=', 'open')
          .where('billable', '=', 1)
          .where('date', '<=', CUTOFF)
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
      expect(open).toEqual(f.bookingIds.slice(0, 3));
      expected.set(f.projectId, await singleExportPreview(h, f, open));
    }

    const preview = await h.send('POST', '/api/billing-runs/preview', {
      cutoffDate: CUTOFF,
      invoiceDate: INVOICE_DATE,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body.items.map((i: { projectId: number }) => i.projectId).sort()).toEqual([...ids].sort());
    for (const item of body.items) {
      const single = expected.get(item.projectId)!;
      expect(item).toMatchObject({
        ready: true,
        totalNetCents: single.totalNetCents,
        totalGrossCents: single.totalGrossCents,
        lineCount: single.lines.length,
      });
    }
    // 30 invoices × (POST + customfield) + 1 completion for the 4 projects whose profile completes.
    expect(body.estimate).toMatchObject({ invoices: 30, requests: 64, windows: 1 });

    const before = invoicesOf(h).length;
    const started = await startRun(h, ids);
    expect(started.counts.total).toBe(30);
    const run = await waitForRun(h, started.id);
    expect(run).toMatchObject({ status: 'done', counts: { total: 30, done: 30, skipped: 0, failed: 0 } });
    expect(invoicesOf(h).length - before).toBe(30);

    for (const item of run.items) {
      const exp = await h.app.db
        .selectFrom('exports')
        .selectAll()
        .where('id', '=', item.exportId!)
        .executeTakeFirstOrThrow();
      expect(item.invoiceNumber).toBe(exp.invoice_number);
      expectInvoiceEquals(h, Number(exp.billomat_invoice_id), expected.get(item.projectId)!);
      expect(item.totalGrossCents).toBe(expected.get(item.projectId)!.totalGrossCents);
    }
    const completed = invoicesOf(h).filter((v) => v.invoice.status !== 'DRAFT').length;
    expect(completed).toBe(4);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);

    // The July bookings stay open; a second run finds nothing up to the same cut-off.
    const again = await h.send('POST', '/api/billing-runs/preview', {
      cutoffDate: CUTOFF,
      invoiceDate: INVOICE_DATE,
    });
    expect(again.json().items).toEqual([]);

    // The list counts and sums in SQL what the report derives from its items: the same run, figure by figure.
    const list = (await h.get('/api/billing-runs')).json();
    const { items: _items, ...summary } = run;
    expect(list.items[0]).toEqual(summary);
    expect(summary).toMatchObject({ id: run.id, status: 'done', counts: { done: 30 } });
    expect(summary.totalGrossCents).toBe(run.items.reduce((s, i) => s + i.totalGrossCents, 0));
  });

  it('lists unlinked customers and projects without rates as skipped, with the reason, in preview and report', async () => {
    const unlinked = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      linked: false,
      bookings: bookingsFor(1),
    });
    const unpriced = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      bookings: [{ date: '2026-06-03', minutes: 60, rateCents: null }],
    });
    const ok = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: bookingsFor(2) });
    const body = (
      await h.send('POST', '/api/billing-runs/preview', { cutoffDate: CUTOFF, invoiceDate: INVOICE_DATE })
    ).json();
    const byId = new Map(body.items.map((i: { projectId: number }) => [i.projectId, i]));
    expect(byId.get(unlinked.projectId)).toMatchObject({ ready: false, customerLinked: false });
    expect(JSON.stringify(byId.get(unlinked.projectId))).toContain('nicht mit billomat verknüpft');
    expect(byId.get(unpriced.projectId)).toMatchObject({ ready: false });
    expect(JSON.stringify(byId.get(unpriced.projectId))).toContain('Stundensatz');
    expect(body.estimate.invoices).toBe(1);

    const run = await waitForRun(
      h,
      (await startRun(h, [unlinked.projectId, unpriced.projectId, ok.projectId])).id,
    );
    expect(run.items.map((i) => [i.projectId, i.status])).toEqual([
      [unlinked.projectId, 'skipped'],
      [unpriced.projectId, 'skipped'],
      [ok.projectId, 'done'],
    ]);
    expect(run.items[0]!.reason).toMatchObject({
      code: 'CUSTOMER_NOT_LINKED',
      message: expect.stringContaining('nicht mit billomat verknüpft'),
    });
    expect(run.items[2]!.invoiceNumber).toBeTruthy();
    const { items: _items, ...summary } = run;
    expect((await h.get('/api/billing-runs')).json().items[0]).toEqual(summary);
    expect(summary.counts).toEqual({ total: 3, pending: 0, done: 1, skipped: 2, failed: 0 });
  });

  it('is for admins only, refuses a second active run, and cancels between invoices', async () => {
    const manager = await h.user('manager');
    expect((await h.get('/api/billing-runs', manager)).statusCode).toBe(403);
    const fs = [];
    for (let k = 40; k < 44; k++)
      fs.push(await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: bookingsFor(k) }));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    h.app.billingRuns.runtime.hooks.beforeItem = async () => {
      if (++calls === 2) await gate;
    };
    const run = await startRun(
      h,
      fs.map((f) => f.projectId),
    );
    const second = await h.send('POST', '/api/billing-runs', {
      cutoffDate: CUTOFF,
      invoiceDate: INVOICE_DATE,
      projectIds: [fs[0]!.projectId],
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('BILLING_RUN_ACTIVE');
    while (calls < 2) await new Promise((r) => setTimeout(r, 20));
    const cancelled = await h.send('POST', `/api/billing-runs/${run.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    release();
    const end = await waitForRun(h, run.id);
    h.app.billingRuns.runtime.hooks.beforeItem = undefined;
    expect(end.status).toBe('cancelled');
    // The invoice already under way is finished; the rest are reported as skipped.
    expect(end.items.map((i) => i.status)).toEqual(['done', 'done', 'skipped', 'skipped']);
    expect(end.items[2]!.reason).toEqual({
      code: 'BILLING_RUN_CANCELLED',
      params: {},
      message: 'Lauf abgebrochen.',
    });
    expect((await h.send('POST', `/api/billing-runs/${run.id}/cancel`)).json().code).toBe(
      'BILLING_RUN_NOT_ACTIVE',
    );
  });
});
