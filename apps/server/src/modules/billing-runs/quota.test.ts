import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import type { ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';
import { burnQuota, harnessWithQuota } from './testing/quota-fixtures';
import { invoicesOf, seedProjects, startRun } from './testing/run-fixtures';

// Acceptance 2: with a quota of 10 requests per window a run of 30 invoices pauses for the next
// window (state "waiting" with the time in the database) instead of failing, and finishes with 30.
//
// CI time: this test uses 2.5-second windows (6+ windows in ~15 s) and adds a 429 caused by "another
// integration" using up the quota; the issue's literal variant (10 per 20 s, ~4 windows, ~60-80 s)
// is quota-20s.sqlite.test.ts, run in every `npm test` on SQLite (the pacing has no SQL of its own).

describe('quota-aware billing run', () => {
  let h: ExportHarness;
  afterAll(async () => h?.close());

  it('10 requests per 2.5 s: pauses across windows, survives a foreign 429, 30 invoices, no error', async () => {
    h = await harnessWithQuota(10, 2500, false);
    const employee = await h.user('employee');
    const projects = await seedProjects(h, employee, 30);
    await new Promise((r) => setTimeout(r, 2500 - (Date.now() % 2500) + 50));
    const since = h.sandbox.requestLog.lastSeq;
    let n = 0;
    h.app.billingRuns.runtime.hooks.beforeItem = async () => {
      if (++n === 8) await burnQuota(h);
    };
    const run = await startRun(
      h,
      projects.map((f) => f.projectId),
      { draftsOnly: true },
    );
    const seen = new Set<string>();
    const waits = new Set<string>();
    const end = await (async () => {
      for (;;) {
        const r = (await h.get(`/api/billing-runs/${run.id}`)).json();
        seen.add(r.status);
        if (r.waitingUntil) waits.add(r.waitingUntil);
        if (!['running', 'waiting'].includes(r.status)) return r;
        await new Promise((res) => setTimeout(res, 50));
      }
    })();
    h.app.billingRuns.runtime.hooks.beforeItem = undefined;
    expect(end).toMatchObject({ status: 'done', counts: { done: 30, failed: 0, skipped: 0 }, error: null });
    expect(seen.has('waiting')).toBe(true);
    // 30 invoices × 2 requests at 10 per window: at least 6 windows, so at least 5 pauses.
    expect(waits.size).toBeGreaterThanOrEqual(5);
    expect(invoicesOf(h)).toHaveLength(30);
    // The foreign integration's burn produced a 429 on one of OUR posts at most once; it was retried
    // under the same export (same reference), never as a second export.
    const exports = await h.app.db.selectFrom('exports').select(['id', 'attempts', 'status']).execute();
    expect(exports).toHaveLength(30);
    expect(exports.every((e) => e.status === 'created')).toBe(true);
    const refusedPosts = h.sandbox.requestLog
      .list({ sinceSeq: since, method: 'POST', path: '/api/invoices' })
      .filter((e) => e.status === 429);
    expect(refusedPosts).toHaveLength(1);
    expect(exports.filter((e) => e.attempts === 2)).toHaveLength(1);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  }, 90_000);
});
