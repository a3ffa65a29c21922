import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, optionsFor, seedProject } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';

let h: ExportHarness;
let employee: Actor;
beforeAll(async () => {
  h = await exportHarness();
  employee = await h.user('employee');
});
afterAll(async () => h.close());

describe('two exports over the same hours', () => {
  it('started at once: exactly one wins, the other gets a clear 409, no booking in two invoices', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    const a = optionsFor(f.bookingIds.slice(0, 3));
    const b = optionsFor(f.bookingIds.slice(1), { groupByTask: false });
    const token = async (o: object) =>
      (await h.send('POST', `/api/projects/${f.projectId}/export-preview`, o)).json().previewToken as string;
    const [ta, tb] = [await token(a), await token(b)];
    const results = await Promise.all([
      h.send('POST', `/api/projects/${f.projectId}/exports`, { ...a, previewToken: ta }),
      h.send('POST', `/api/projects/${f.projectId}/exports`, { ...b, previewToken: tb }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409]);
    const loser = results.find((r) => r.statusCode === 409)!.json();
    expect(loser.code).toBe('BOOKINGS_ALREADY_CLAIMED');
    expect(loser.message).toMatch(/anderen Export/);
    expect(
      h.sandbox.control.invoices(DEMO_ID).filter((v) => Number(v.invoice.client_id) === f.clientId),
    ).toHaveLength(1);
    // The loser left nothing behind: its transaction rolled back completely.
    expect(
      await h.app.db.selectFrom('exports').select('id').where('project_id', '=', f.projectId).execute(),
    ).toHaveLength(1);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  });

  it('the database itself refuses a second live hold on a booking (partial unique index)', async () => {
    const held = await h.app.db
      .selectFrom('export_bookings')
      .selectAll()
      .where('active', '=', 1)
      .executeTakeFirstOrThrow();
    const insert = (active: number) =>
      h.app.db
        .insertInto('export_bookings')
        .values({ ...held, export_id: held.export_id + 1000, active })
        .execute();
    await expect(insert(1)).rejects.toThrow(/unique|UNIQUE/);
    // An inactive (released) row for the same booking is fine: history stays.
    await h.app.db
      .insertInto('exports')
      .values({
        id: held.export_id + 1000,
        project_id: (await h.app.db.selectFrom('exports').select('project_id').executeTakeFirstOrThrow())
          .project_id,
        reference: 'ps-exp-test-history',
        status: 'undone',
        created_by: h.admin.id,
        created_at: '2026-01-01',
        updated_at: '2026-01-01',
        invoice_date: '2026-01-01',
        options: '{}',
        lines: '[]',
        currency: 'EUR',
        total_net_cents: 0,
        total_gross_cents: 0,
        billomat_invoice_id: null,
        invoice_number: null,
        invoice_status: null,
        mark_as_billed: 1,
        complete_in_billomat: 0,
        error: null,
        undone_at: '2026-01-01',
      })
      .execute();
    await expect(insert(0)).resolves.toBeDefined();
  });
});
