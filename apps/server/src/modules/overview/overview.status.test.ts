import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvoice } from 'billomat-sandbox/invoices/invoices';
import type { Overview, StatusRefresh } from '@plainstaff/contracts/overview';
import { integrationHarness, validSettings, type IntegrationHarness } from '../../testing/integration';
import { insertCustomer, insertExport, insertProject } from './testing/overview';

// Status refresh against the real sandbox: one list request per 1,000 of our invoices, other invoices
// of the account ignored, paid/cancelled stored on the exports; "Buchungen freigeben" for a cancelled one.

let h: IntegrationHarness;
let projectId: number;
const exportByInvoice = new Map<number, number>();

beforeAll(async () => {
  h = await integrationHarness();
  expect((await h.send('PUT', '/api/integrations/billomat', validSettings)).statusCode).toBe(200);
  const account = h.sandbox.state.requireAccount('demo');
  const clientId = [...account.clients.keys()][0]!;
  const db = h.t.app.db;
  projectId = await insertProject(db, { number: 'S-1', customerId: await insertCustomer(db, 'Status GmbH') });
  const admin = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
  const body = {
    client_id: String(clientId),
    'invoice-items': { 'invoice-item': [{ title: 'A', quantity: '1', unit_price: '100' }] },
  };
  // 1,200 of ours (two pages) and 300 foreign invoices that must not disturb anything.
  for (let i = 0; i < 1500; i++) {
    const inv = createInvoice(account, body, Date.now());
    const id = Number(inv.fields.id);
    inv.fields.status = 'OPEN';
    if (i >= 1200) {
      inv.fields.customfield = `other-system-${i}`;
      continue;
    }
    const reference = `ps-exp-${i + 1}-r${i}`;
    inv.fields.customfield = reference;
    const exportId = await insertExport(db, {
      projectId,
      userId: admin.id,
      invoiceDate: '2026-01-15',
      grossCents: 11_900,
      invoiceStatus: 'DRAFT',
      billomatId: id,
      reference,
    });
    exportByInvoice.set(id, exportId);
  }
}, 120_000);
afterAll(() => h.close());

const overview = async () => (await h.get('/api/overview')).json<Overview>();

describe('POST /api/overview/refresh-status', () => {
  it('fetches 1,200 invoices in two requests and stores their status', async () => {
    const [paidInvoice, cancelledInvoice] = [...exportByInvoice.keys()];
    const ctl = h.sandbox.control;
    ctl.setInvoiceStatus('demo', paidInvoice!, 'PAID');
    ctl.setInvoiceStatus('demo', cancelledInvoice!, 'CANCELED');
    h.sandbox.requestLog.clear();

    const res = await h.send('POST', '/api/overview/refresh-status');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<StatusRefresh>();
    expect(body).toMatchObject({ checked: 1200, changed: 1200, requests: 2, notFound: 0 });
    const lists = h.sandbox.requestLog.list({ method: 'GET' });
    expect(lists).toHaveLength(2);
    expect(lists.every((e) => e.path === '/api/invoices')).toBe(true);

    expect(body.invoices).toMatchObject({
      paidCount: 1,
      openCount: 1198,
      amounts: [{ currency: 'EUR', paidCents: 11_900, openCents: 1198 * 11_900, overdueCents: 0 }],
    });
    expect(body.invoices.cancelled.map((c) => c.exportId)).toEqual([exportByInvoice.get(cancelledInvoice!)]);
    expect(body.invoices.lastRefreshAt).not.toBeNull();
    expect((await overview()).invoices).toEqual(body.invoices);

    const again = (await h.send('POST', '/api/overview/refresh-status')).json<StatusRefresh>();
    expect(again).toMatchObject({ checked: 1200, changed: 0, requests: 2 });

    // An invoice billomat does not list (any more) is counted, not guessed at.
    const lost = exportByInvoice.get(paidInvoice!)!;
    const setInvoice = (id: number) =>
      h.t.app.db.updateTable('exports').set({ billomat_invoice_id: id }).where('id', '=', lost).execute();
    await setInvoice(999_999_999);
    try {
      const third = (await h.send('POST', '/api/overview/refresh-status')).json<StatusRefresh>();
      expect(third).toMatchObject({ checked: 1199, changed: 0, requests: 2, notFound: 1 });
    } finally {
      await setInvoice(paidInvoice!);
    }
  });

  it('is for admins and managers only', async () => {
    const employee = await h.t.createUser('employee');
    const res = await h.t.app.inject({
      method: 'POST',
      url: '/api/overview/refresh-status',
      headers: { origin: 'http://localhost:80', cookie: employee.cookie },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /api/overview/exports/:id/release', () => {
  it('releases the bookings of an invoice cancelled in billomat, once', async () => {
    const db = h.t.app.db;
    const cancelled = (await overview()).invoices!.cancelled[0]!;
    const user = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const booking = {
      project_id: projectId,
      task_id: null,
      employee_id: user.id,
      date: '2026-01-10',
      minutes: 90,
      rate_cents: 9500,
      rate_source: 'manual' as const,
      comment: '',
      billable: 1,
      billing_state: 'billed' as const,
      export_id: cancelled.exportId,
      invoice_number: 'RE1',
      created_by: user.id,
      created_at: '2026-01-10T10:00:00Z',
      updated_at: '2026-01-10T10:00:00Z',
    };
    await db
      .insertInto('bookings')
      .values([booking, { ...booking, date: '2026-01-11' }])
      .execute();
    expect((await overview()).invoices!.cancelled[0]!.billedBookingCount).toBe(2);

    const res = await h.send('POST', `/api/overview/exports/${cancelled.exportId}/release`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ exportId: cancelled.exportId, releasedBookings: 2 });
    const rows = await db
      .selectFrom('bookings')
      .select(['billing_state', 'export_id', 'invoice_number'])
      .where('project_id', '=', projectId)
      .execute();
    expect(rows).toEqual([
      { billing_state: 'open', export_id: null, invoice_number: null },
      { billing_state: 'open', export_id: null, invoice_number: null },
    ]);
    const exp = await db
      .selectFrom('exports')
      .select(['status', 'undone_at'])
      .where('id', '=', cancelled.exportId)
      .executeTakeFirstOrThrow();
    expect(exp.status).toBe('undone');
    expect(exp.undone_at).not.toBeNull();
    expect((await overview()).invoices!.cancelled).toEqual([]);

    const twice = await h.send('POST', `/api/overview/exports/${cancelled.exportId}/release`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('INVOICE_NOT_CANCELLED');
  });

  it('refuses an invoice that is not cancelled', async () => {
    const paid = await h.t.app.db
      .selectFrom('exports')
      .select('id')
      .where('invoice_status', '=', 'PAID')
      .executeTakeFirstOrThrow();
    const res = await h.send('POST', `/api/overview/exports/${paid.id}/release`);
    expect(res.statusCode).toBe(409);
  });
});

describe('GET /api/overview/projects.csv', () => {
  it('is German CSV with a BOM and ; separator', async () => {
    const res = await h.get('/api/overview/projects.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.body.charCodeAt(0)).toBe(0xfeff);
    const lines = res.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Projektnummer;Projekt;Kunde;Währung;Gebucht (Std.);Abrechenbar;Abgerechnet (Std.);Abgerechnet;Nicht abgerechnet (Std.);Nicht abgerechnet;Budget genutzt (%);Letzte Rechnung',
    );
    expect(lines[1]).toBe(
      'S-1;Projekt S-1;Status GmbH;EUR;3,00;285,00;0,00;119.900,00;3,00;285,00;;15.01.2026',
    );
  });
});
