import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, optionsFor, seedProject, type Fixture } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';

// Issue 19: a customer's billomat link is used only when it belongs to the connected account, and
// archived or deleted clients are refused before billomat is asked for an invoice.

let h: ExportHarness;
let employee: Actor;
beforeAll(async () => {
  h = await exportHarness();
  employee = await h.user('employee');
});
afterAll(async () => h.close());

const requestsSince = (seq: number) => h.sandbox.requestLog.list({ sinceSeq: seq });
const bookingStates = async (f: Fixture) =>
  (
    await h.app.db
      .selectFrom('bookings')
      .select(['billing_state', 'export_id', 'version'])
      .where('id', 'in', f.bookingIds)
      .orderBy('id')
      .execute()
  ).map((b) => [b.billing_state, b.export_id, b.version]);

async function refusedBeforeBillomat(f: Fixture, code: string) {
  const before = await bookingStates(f);
  const since = h.sandbox.requestLog.lastSeq;
  const options = optionsFor(f.bookingIds);
  const preview = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, options);
  expect(preview.statusCode, preview.body).toBe(200);
  const blockers = preview.json().blockers as { code: string; message: string }[];
  expect(blockers.map((b) => b.code)).toEqual([code]);
  const res = await h.send('POST', `/api/projects/${f.projectId}/exports`, {
    ...options,
    previewToken: preview.json().previewToken,
  });
  expect(res.statusCode, res.body).toBe(409);
  expect(res.json().code).toBe('EXPORT_BLOCKED');
  expect(res.json().message).toBe(blockers[0]!.message);
  expect(requestsSince(since)).toEqual([]);
  expect(await bookingStates(f)).toEqual(before);
  return blockers[0]!.message;
}

describe('customers of another billomat account, archived and deleted clients (issue 19)', () => {
  it('refuses the export of a customer from another account before any billomat request', async () => {
    const f = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      bookings: JUNE,
      account: 'alt',
    });
    const message = await refusedBeforeBillomat(f, 'CUSTOMER_OTHER_ACCOUNT');
    expect(message).toContain('stammt aus dem billomat-Konto „alt“');
    expect(message).toContain(`Bitte importieren Sie die Kunden des verbundenen Kontos „${DEMO_ID}“`);
  });

  it('refuses the export to a client archived in billomat', async () => {
    const f = await seedProject(h.app, h.sandbox, {
      employeeId: employee.id,
      bookings: JUNE,
      archived: true,
    });
    const message = await refusedBeforeBillomat(f, 'CUSTOMER_ARCHIVED');
    expect(message).toMatch(/^Der Kunde „Kunde \d+ GmbH“ ist in billomat archiviert\./);
  });

  it('a client deleted in billomat: the claim is released, the customer marked, the next preview says so', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    const options = optionsFor(f.bookingIds);
    const preview = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, options);
    expect(preview.json().blockers).toEqual([]);
    h.sandbox.control.deleteClient(DEMO_ID, f.clientId);

    const since = h.sandbox.requestLog.lastSeq;
    const res = await h.send('POST', `/api/projects/${f.projectId}/exports`, {
      ...options,
      previewToken: preview.json().previewToken,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('CUSTOMER_DELETED_IN_BILLOMAT');
    // The refused POST and one look at the client: nothing else.
    expect(requestsSince(since).map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'POST /api/invoices 400',
      `GET /api/clients/${f.clientId} 404`,
    ]);
    const exp = await h.app.db
      .selectFrom('exports')
      .select(['status', 'error'])
      .where('project_id', '=', f.projectId)
      .executeTakeFirstOrThrow();
    expect(exp.status).toBe('failed');
    expect((await bookingStates(f)).map(([state, exportId]) => [state, exportId])).toEqual(
      f.bookingIds.map(() => ['open', null]),
    );
    const customer = await h.app.db
      .selectFrom('customers')
      .select('missing_in_billomat')
      .where('id', '=', f.customerId)
      .executeTakeFirstOrThrow();
    expect(customer.missing_in_billomat).toBe(1);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);

    const message = await refusedBeforeBillomat(f, 'CUSTOMER_DELETED_IN_BILLOMAT');
    expect(message).toContain('wurde in billomat gelöscht');
  });
});
