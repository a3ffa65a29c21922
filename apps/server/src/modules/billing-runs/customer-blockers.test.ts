import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, seedProject, type Fixture } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import { CUTOFF, INVOICE_DATE, startRun, waitForRun } from './testing/run-fixtures';

// Issue 19: a run skips a project whose customer belongs to another billomat account, or whose client
// is archived or deleted in billomat, with the export's reason; the other projects are billed.

let h: ExportHarness;
let employee: Actor;
beforeAll(async () => {
  h = await exportHarness();
  employee = await h.user('employee');
});
afterAll(async () => h.close());

const bookingStates = async (f: Fixture) =>
  (
    await h.app.db.selectFrom('bookings').select(['billing_state']).where('id', 'in', f.bookingIds).execute()
  ).map((b) => [b.billing_state]);

describe('Abrechnungslauf and customers of another account, archived or deleted (issue 19)', () => {
  it('the billing run skips such projects with the same reasons and bills the others', async () => {
    const ok = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    const other = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      bookings: JUNE,
      account: 'alt',
    });
    const archived = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      bookings: JUNE,
      archived: true,
    });
    const deleted = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    await h.app.db
      .updateTable('customers')
      .set({ missing_in_billomat: 1 })
      .where('id', '=', deleted.customerId)
      .execute();
    const all = [ok, other, archived, deleted];

    const preview = await h.send('POST', '/api/billing-runs/preview', {
      cutoffDate: CUTOFF,
      invoiceDate: INVOICE_DATE,
      projectIds: all.map((f) => f.projectId),
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const codes = new Map(
      preview
        .json()
        .items.map((i: { projectId: number; blockers: { code: string }[] }) => [
          i.projectId,
          i.blockers.map((b) => b.code),
        ]),
    );
    expect(all.map((f) => codes.get(f.projectId))).toEqual([
      [],
      ['CUSTOMER_OTHER_ACCOUNT'],
      ['CUSTOMER_ARCHIVED'],
      ['CUSTOMER_DELETED_IN_BILLOMAT'],
    ]);

    const invoicesBefore = h.sandbox.control.invoices(DEMO_ID).length;
    const run = await waitForRun(
      h,
      (
        await startRun(
          h,
          all.map((f) => f.projectId),
        )
      ).id,
    );
    const items = new Map(run.items.map((i) => [i.projectId, i]));
    expect(items.get(ok.projectId)!.status).toBe('done');
    for (const [f, code, words] of [
      [other, 'CUSTOMER_OTHER_ACCOUNT', 'stammt aus dem billomat-Konto „alt“'],
      [archived, 'CUSTOMER_ARCHIVED', 'ist in billomat archiviert'],
      [deleted, 'CUSTOMER_DELETED_IN_BILLOMAT', 'wurde in billomat gelöscht'],
    ] as const) {
      expect(items.get(f.projectId)!.status).toBe('skipped');
      // The reason is a coded message (issue 21); its German fallback says the same as the preview.
      expect(items.get(f.projectId)!.reason?.code).toBe(code);
      expect(items.get(f.projectId)!.reason?.message).toContain(words);
      expect((await bookingStates(f)).every(([state]) => state === 'open')).toBe(true);
    }
    expect(h.sandbox.control.invoices(DEMO_ID).length).toBe(invoicesBefore + 1);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  });
});
