import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, seedProject } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import { bookingStates, onlyExport, previewAndExport } from '../../testing/exports/steps';

// The process dies between billomat's answer and our database update: a NEW app on the SAME
// database (file or PostgreSQL database) must finish the export from billomat's state alone.

describe.each([
  ['billomat echoes customfield', true],
  ['billomat ignores customfield on create', false],
])('crash after the invoice was created (%s)', (_name, echo) => {
  let h: ExportHarness;
  let employee: Actor;
  beforeAll(async () => {
    h = await exportHarness({ echoCustomfield: echo });
    employee = await h.user('employee');
  });
  afterAll(async () => h.close());

  it('leaves the export pending, and the reconciler of the next start bills the bookings', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    h.app.exports.runtime.hooks.afterInvoiceCreated = () => {
      throw new Error('simulated crash');
    };
    const { res } = await previewAndExport(h, f);
    expect(res.statusCode).toBe(500);
    const before = await onlyExport(h, f.projectId);
    expect(before).toMatchObject({ status: 'pending', billomat_invoice_id: null });
    expect((await bookingStates(h, f.bookingIds)).every((b) => b.billing_state === 'reserved')).toBe(true);
    expect(h.sandbox.control.invoices(DEMO_ID)).toHaveLength(1);

    await h.restart();
    await h.app.exports.reconcilePending();
    const after = await onlyExport(h, f.projectId);
    expect(after.status).toBe('created');
    const [invoice] = h.sandbox.control.invoices(DEMO_ID);
    expect(Number(invoice!.invoice.id)).toBe(Number(after.billomat_invoice_id));
    // Without the echo the reconciler found it by client, date, label and total, then tagged it.
    expect(invoice!.invoice.customfield).toBe(after.reference);
    const rows = await bookingStates(h, f.bookingIds);
    expect(rows.every((b) => b.billing_state === 'billed' && b.invoice_number === after.invoice_number)).toBe(
      true,
    );
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  });
});
