import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { exportHarness, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import { haltRunner } from './runner-runtime';
import { invoicesOf, seedProjects, startRun, waitForRun } from './testing/run-fixtures';

// Issue 20: two server instances on one database. The instance that drives a billing run dies in the
// middle of an invoice (between billomat's answer and our write); it stops renewing its lease, and the
// other instance takes the run over and finishes it. Every invoice exists exactly once.

let h: ExportHarness;
afterEach(async () => h?.close());

describe('billing run ownership across instances', () => {
  it('the owner dies mid-run; the other instance takes the run over and finishes it', async () => {
    h = await exportHarness();
    const other = await h.anotherInstance();
    const employee = await h.user('employee');
    const projects = await seedProjects(h, employee, 12);
    let created = 0;
    h.app.exports.runtime.hooks.afterInvoiceCreated = () => {
      if (++created === 5) {
        haltRunner(h.app.billingRuns.runtime);
        throw new Error('simulated death of the owning instance');
      }
    };
    const run = await startRun(
      h,
      projects.map((f) => f.projectId),
      { draftsOnly: true },
    );
    const owner = async () =>
      h.app.db
        .selectFrom('billing_runs')
        .select(['owner', 'status'])
        .where('id', '=', run.id)
        .executeTakeFirstOrThrow();
    expect((await owner()).owner).toBe(h.app.billingRuns.runtime.owner);

    const end = await waitForRun(h, run.id, 60_000);
    expect(end).toMatchObject({ status: 'done', counts: { total: 12, done: 12, skipped: 0, failed: 0 } });
    expect((await owner()).owner).toBe(other.billingRuns.runtime.owner);
    // The invoice billomat created just before the death is the fifth project's, adopted — not posted again.
    const invoices = invoicesOf(h);
    expect(invoices).toHaveLength(12);
    expect(new Set(invoices.map((v) => String(v.invoice.customfield))).size).toBe(12);
    expect(new Set(end.items.map((i) => i.billomatInvoiceId)).size).toBe(12);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  }, 60_000);

  it('a live owner keeps its run: the other instance never takes it over', async () => {
    h = await exportHarness();
    const other = await h.anotherInstance();
    const employee = await h.user('employee');
    const projects = await seedProjects(h, employee, 6);
    // Slow items: the run outlives several leases, renewed all along.
    h.app.billingRuns.runtime.hooks.beforeItem = () => new Promise((r) => setTimeout(r, 400));
    const run = await startRun(
      h,
      projects.map((f) => f.projectId),
      { draftsOnly: true },
    );
    const end = await waitForRun(h, run.id, 60_000);
    expect(end.status).toBe('done');
    expect(other.billingRuns.runtime.loops.size).toBe(0);
    const row = await h.app.db
      .selectFrom('billing_runs')
      .select('owner')
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    expect(row.owner).toBe(h.app.billingRuns.runtime.owner);
    expect(invoicesOf(h)).toHaveLength(6);
  }, 60_000);
});
