import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { exportHarness, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import { haltRunner } from './runner-runtime';
import { invoicesOf, seedProjects, startRun, waitForRun } from './testing/run-fixtures';

// Acceptance 3: the server dies in the middle of a run and starts again on the same database: the
// run resumes by itself; no invoice is duplicated, no project is skipped. `h.restart()` drops the app
// and builds a new one on the same SQLite file (or PostgreSQL database); `haltRunner` makes the old
// app's loop stop dead, writing nothing more, like a killed process.

let h: ExportHarness;
afterEach(async () => h?.close());

async function expectCompleteAndUnique(h: ExportHarness, runId: number, n: number) {
  const end = await waitForRun(h, runId, 60_000);
  expect(end).toMatchObject({ status: 'done', counts: { total: n, done: n, skipped: 0, failed: 0 } });
  const invoices = invoicesOf(h);
  expect(invoices).toHaveLength(n);
  const refs = invoices.map((v) => String(v.invoice.customfield));
  expect(new Set(refs).size).toBe(n);
  const exps = await h.app.db.selectFrom('exports').select(['project_id', 'status']).execute();
  expect(exps.filter((e) => e.status === 'created')).toHaveLength(n);
  expect(new Set(exps.map((e) => e.project_id)).size).toBe(n);
  expect(new Set(end.items.map((i) => i.billomatInvoiceId)).size).toBe(n);
  expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  return end;
}

describe('billing run across a restart', () => {
  it.each([
    ['billomat echoes customfield', true],
    ['billomat ignores customfield on create', false],
  ])(
    'dies between billomat creating invoice 12 and our database write (%s), resumes, 30 invoices once each',
    async (_name, echo) => {
      h = await exportHarness({ echoCustomfield: echo });
      const employee = await h.user('employee');
      const projects = await seedProjects(h, employee, 30);
      let created = 0;
      h.app.exports.runtime.hooks.afterInvoiceCreated = () => {
        if (++created === 12) {
          haltRunner(h.app.billingRuns.runtime);
          throw new Error('simulated crash');
        }
      };
      const run = await startRun(
        h,
        projects.map((f) => f.projectId),
        { draftsOnly: true },
      );
      while (h.app.billingRuns.runtime.loops.size > 0) await new Promise((r) => setTimeout(r, 20));
      const mid = await h.app.db
        .selectFrom('billing_runs')
        .selectAll()
        .where('id', '=', run.id)
        .executeTakeFirstOrThrow();
      expect(mid.status).toBe('running');
      const items = await h.app.db
        .selectFrom('billing_run_items')
        .selectAll()
        .where('run_id', '=', run.id)
        .execute();
      expect(items.filter((i) => i.status === 'done')).toHaveLength(11);
      expect(items.filter((i) => i.status === 'running')).toHaveLength(1);
      expect(invoicesOf(h)).toHaveLength(12);

      await h.restart();
      const end = await expectCompleteAndUnique(h, run.id, 30);
      expect(end.items.map((i) => i.projectId)).toEqual(projects.map((f) => f.projectId));
    },
    60_000,
  );

  it('dies while waiting for the next rate-limit window; the new start waits until then and finishes', async () => {
    h = await exportHarness({ echoCustomfield: false });
    h.sandbox.control.patchAccount(DEMO_ID, { rateLimit: { quota: 10, windowMs: 3000 } });
    const employee = await h.user('employee');
    const projects = await seedProjects(h, employee, 12);
    await new Promise((r) => setTimeout(r, 3000 - (Date.now() % 3000) + 50));
    const run = await startRun(
      h,
      projects.map((f) => f.projectId),
      { draftsOnly: true },
    );
    for (;;) {
      const row = await h.app.db
        .selectFrom('billing_runs')
        .selectAll()
        .where('id', '=', run.id)
        .executeTakeFirstOrThrow();
      if (row.status === 'waiting') {
        expect(row.waiting_until).toBeTruthy();
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await h.restart();
    const seen = new Set<string>();
    const end = await waitForRun(h, run.id, 60_000, seen);
    expect(end.status).toBe('done');
    await expectCompleteAndUnique(h, run.id, 12);
  }, 60_000);
});
