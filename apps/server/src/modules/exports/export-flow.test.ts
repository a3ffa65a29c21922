import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, optionsFor, seedProject, type Fixture } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';

let h: ExportHarness;
let employee: Actor;
beforeAll(async () => {
  h = await exportHarness();
  employee = await h.user('employee');
});
afterAll(async () => h.close());

async function previewAndExport(f: Fixture, extra: Record<string, unknown> = {}) {
  const options = optionsFor(f.bookingIds, extra);
  const preview = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, options);
  expect(preview.statusCode, preview.body).toBe(200);
  const res = await h.send('POST', `/api/projects/${f.projectId}/exports`, {
    ...options,
    previewToken: preview.json().previewToken,
  });
  return { preview: preview.json(), res };
}

const invoicesFor = (f: Fixture) =>
  h.sandbox.control.invoices(DEMO_ID).filter((v) => Number(v.invoice.client_id) === f.clientId);
const posts = (since: number) =>
  h.sandbox.requestLog.list({ sinceSeq: since }).filter((e) => e.method !== 'GET');

describe('export to billomat (PRODUCT §4, §5)', () => {
  it('creates ONE invoice in ONE request whose lines and totals equal the preview to the cent', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    const since = h.sandbox.requestLog.lastSeq;
    const { preview, res } = await previewAndExport(f);
    expect(res.statusCode, res.body).toBe(201);
    const exp = res.json();
    expect(exp).toMatchObject({
      status: 'created',
      invoiceStatus: 'DRAFT',
      bookingCount: 4,
      totalNetCents: preview.totalNetCents,
    });
    expect(posts(since).map((e) => `${e.method} ${e.path}`)).toEqual([`POST /api/invoices`]);

    const [view, ...more] = invoicesFor(f);
    expect(more).toHaveLength(0);
    const inv = view!.invoice;
    expect(inv.customfield).toBe(exp.reference);
    expect(inv.supply_date).toBe('02.06.2026 – 30.06.2026');
    expect(inv.supply_date_type).toBe('SUPPLY_TEXT');
    expect(inv.label).toBe(preview.label);
    expect(inv.intro).toBe('Relaunch der Website, Phase 2');
    expect(inv.date).toBe('2026-07-01');
    expect(view!.items.map((i) => [i.title, i.quantity, i.unit_price, i.tax_rate, i.unit])).toEqual(
      preview.lines.map((l: { title: string; quantityCentiHours: number; unitPriceCents: number }) => [
        l.title,
        String(l.quantityCentiHours / 100),
        String(l.unitPriceCents / 100),
        '19',
        'Stunde',
      ]),
    );
    const cents = (s: unknown) => Math.round(Number(s) * 100);
    expect(cents(inv.total_net)).toBe(preview.totalNetCents);
    expect(cents(inv.total_gross)).toBe(preview.totalGrossCents);

    const rows = await h.app.db.selectFrom('bookings').selectAll().where('id', 'in', f.bookingIds).execute();
    expect(
      rows.every(
        (b) =>
          b.billing_state === 'billed' && b.invoice_number === exp.invoiceNumber && b.export_id === exp.id,
      ),
    ).toBe(true);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);

    const list = await h.get(`/api/projects/${f.projectId}/exports`);
    expect(list.json().items).toHaveLength(1);
    const grid = await h.get(`/api/projects/${f.projectId}/export-bookings?state=all`);
    expect(grid.json().items.map((c: { invoiceNumber: string }) => c.invoiceNumber)).toEqual(
      Array(4).fill(exp.invoiceNumber),
    );
    const setup = await h.get(`/api/projects/${f.projectId}/export-setup`);
    expect(setup.json().profile).toMatchObject({ groupByMonth: true, groupByTask: true });

    const undo = await h.send('POST', `/api/exports/${exp.id}/undo`);
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json()).toMatchObject({ status: 'undone' });
    expect(invoicesFor(f)).toHaveLength(0);
    const after = await h.app.db.selectFrom('bookings').selectAll().where('id', 'in', f.bookingIds).execute();
    expect(
      after.every((b) => b.billing_state === 'open' && b.export_id === null && b.invoice_number === null),
    ).toBe(true);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  });

  it('completes when chosen (one more request) and undo cancels the completed invoice', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE.slice(0, 2) });
    const since = h.sandbox.requestLog.lastSeq;
    const { res } = await previewAndExport(f, { completeInBillomat: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'created', invoiceStatus: 'OPEN' });
    expect(posts(since).map((e) => `${e.method} ${e.path.replace(/\d+/g, 'N')}`)).toEqual([
      `POST /api/invoices`,
      `PUT /api/invoices/N/complete`,
    ]);
    const undo = await h.send('POST', `/api/exports/${res.json().id}/undo`);
    expect(undo.json()).toMatchObject({ status: 'undone', invoiceStatus: 'CANCELED' });
    expect(invoicesFor(f).map((v) => v.invoice.status)).toEqual(['CANCELED']);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  });

  it('keeps bookings open when not marking them as billed, but keeps the export record', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE.slice(0, 1) });
    const { res } = await previewAndExport(f, { markAsBilled: false });
    expect(res.statusCode, res.body).toBe(201);
    const row = await h.app.db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', f.bookingIds[0]!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ billing_state: 'open', export_id: null });
    expect((await h.get(`/api/exports/${res.json().id}`)).json()).toMatchObject({
      status: 'created',
      markAsBilled: false,
    });
  });

  it("lists a project's exports in keyset pages, newest first", async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE.slice(0, 1) });
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { res } = await previewAndExport(f, { markAsBilled: false });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    const newestFirst = [...ids].reverse();
    const list = (query: string) => h.get(`/api/projects/${f.projectId}/exports${query}`);
    const all = (await list('')).json();
    expect(all.items.map((e: { id: number }) => e.id)).toEqual(newestFirst);
    expect(all.nextBefore).toBeNull();

    const first = (await list('?limit=2')).json();
    expect(first.items.map((e: { id: number }) => e.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.nextBefore).toBe(newestFirst[1]);
    const second = (await list(`?limit=2&before=${first.nextBefore}`)).json();
    expect(second.items.map((e: { id: number }) => e.id)).toEqual(newestFirst.slice(2));
    expect(second.nextBefore).toBeNull();

    for (const bad of ['?limit=0', '?limit=101', '?before=abc']) {
      expect((await list(bad)).statusCode, bad).toBe(400);
    }
  });
});
