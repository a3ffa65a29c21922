import { afterAll, describe, expect, it } from 'vitest';
import type { ExportHarness } from '../../testing/exports/harness';
import { invoicesOf, seedProjects, startRun, waitForRun } from './testing/run-fixtures';
import { harnessWithQuota, statuses } from './testing/quota-fixtures';

// Issue 9, acceptance 2, literally: 10 requests per 20-second window, 30 invoices.

describe('acceptance: 10 requests per 20-second window', () => {
  let h: ExportHarness;
  afterAll(async () => h?.close());

  it('a run of 30 invoices pauses and resumes across windows and finishes with 30 invoices', async () => {
    h = await harnessWithQuota(10, 20_000, true);
    const employee = await h.user('employee');
    const projects = await seedProjects(h, employee, 30);
    const since = h.sandbox.requestLog.lastSeq;
    const seen = new Set<string>();
    const run = await startRun(
      h,
      projects.map((f) => f.projectId),
      { draftsOnly: true },
    );
    const end = await waitForRun(h, run.id, 150_000, seen);
    expect(end).toMatchObject({ status: 'done', counts: { done: 30, failed: 0, skipped: 0 }, error: null });
    expect(seen.has('waiting')).toBe(true);
    expect(invoicesOf(h)).toHaveLength(30);
    expect(end.items.every((i) => i.billomatInvoiceId && i.invoiceStatus === 'DRAFT' && !i.reason)).toBe(
      true,
    );
    // Paced by the headers: billomat never had to refuse a request.
    expect(statuses(h, since).filter((s) => s === 429)).toEqual([]);
  }, 180_000);
});
