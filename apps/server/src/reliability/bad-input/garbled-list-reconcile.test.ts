import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JUNE, optionsFor, seedProject } from '../../testing/exports/fixtures';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import { reliabilityHarness, type ReliabilityHarness } from '../testing/harness';

// What a garbled 200 list answer does downstream: the reconciler looks for the invoice of an export
// whose POST answer was lost. If billomat's list answer is unreadable, that must stay "unknown"
// (pending), never "absent" — absent releases the bookings while the invoice lives in billomat.

let h: ReliabilityHarness;
beforeAll(async () => {
  h = await reliabilityHarness();
});
afterAll(async () => h.close());

describe.each([
  ['list wrapper is a string', '{"invoices":"kaputt"}'],
  [
    'list items are strings',
    '{"invoices":{"invoice":["kaputt"],"@page":"1","@per_page":"1000","@total":"1"}}',
  ],
])('a lost POST answer, then a garbled invoice list (%s)', (_name, garbled) => {
  it('keeps the export pending instead of releasing bookings of a live invoice', async () => {
    const employee = await h.user('employee');
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE.slice(0, 2) });
    const options = optionsFor(f.bookingIds);
    const preview = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, options);
    // The invoice is created, the answer never arrives; every lookup gets a garbled 200.
    h.sandbox.faults.add({ kind: 'hang-after', path: '/api/invoices', method: 'POST', hangMs: 2000 });
    h.sandbox.faults.add({
      kind: 'status',
      status: 200,
      body: garbled,
      path: '/api/invoices',
      method: 'GET',
      times: 0,
    });
    const res = await h.send('POST', `/api/projects/${f.projectId}/exports`, {
      ...options,
      previewToken: preview.json().previewToken,
    });
    h.sandbox.faults.clear();
    const exp = await h.app.db
      .selectFrom('exports')
      .select(['id', 'status'])
      .where('project_id', '=', f.projectId)
      .executeTakeFirstOrThrow();
    const live = sandboxInvoices(h.sandbox, h.account.billomatId).filter((i) =>
      i.customfield.includes(`-${exp.id}-`),
    );
    expect(live, 'the invoice exists in billomat').toHaveLength(1);
    expect(exp.status, `answer ${res.statusCode} ${res.body.slice(0, 200)}`).toBe('pending');
    expect(
      await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, h.account.billomatId), {
        settled: false,
      }),
    ).toEqual([]);
  });
});
