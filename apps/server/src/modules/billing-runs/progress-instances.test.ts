import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { BillingRunDetail } from '@plainstaff/contracts/billing-runs';
import { ORIGIN } from '../../testing/app';
import { exportHarness, type ExportHarness } from '../../testing/exports/harness';
import { invoicesOf, seedProjects, startRun } from './testing/run-fixtures';

// Issue 20: a billing run is driven by one instance, but its report is read from the database, so the
// clients of every instance watch it live, and a cancel asked on another instance stops it.

let h: ExportHarness;
afterEach(async () => h?.close());

const read = async (app: FastifyInstance, url: string) =>
  (await app.inject({ method: 'GET', url, headers: { cookie: h.admin.cookie } })).json();

async function setup(projects: number) {
  h = await exportHarness();
  const other = await h.anotherInstance();
  const employee = await h.user('employee');
  const fixtures = await seedProjects(h, employee, projects);
  // Slow items, so that the run's progress can be watched between them.
  h.app.billingRuns.runtime.hooks.beforeItem = () => new Promise((r) => setTimeout(r, 300));
  const run = await startRun(
    h,
    fixtures.map((f) => f.projectId),
    { draftsOnly: true },
  );
  return { other, run };
}

describe('billing run progress across instances', () => {
  it("instance B's clients see A's run item by item, then its report", async () => {
    const { other, run } = await setup(4);
    const done: number[] = [];
    let end: BillingRunDetail | null = null;
    for (let i = 0; i < 300 && !end; i++) {
      const active = await read(other, '/api/billing-runs/active');
      const seen = (await read(other, `/api/billing-runs/${run.id}`)) as BillingRunDetail;
      done.push(seen.counts.done);
      if (['running', 'waiting'].includes(seen.status)) expect(active.run?.id).toBe(run.id);
      else end = seen;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(end).toMatchObject({ status: 'done', counts: { total: 4, done: 4 } });
    // Seen in between, in order: B shows the run as it goes, not only its end.
    expect(done.some((n) => n > 0 && n < 4)).toBe(true);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(other.billingRuns.runtime.loops.size).toBe(0);
    expect(invoicesOf(h)).toHaveLength(4);
  }, 60_000);

  it('a cancel asked on instance B stops the run A drives, between two invoices', async () => {
    const { other, run } = await setup(6);
    for (let i = 0; i < 100; i++) {
      if (((await read(other, `/api/billing-runs/${run.id}`)) as BillingRunDetail).counts.done > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const cancel = await other.inject({
      method: 'POST',
      url: `/api/billing-runs/${run.id}/cancel`,
      headers: { origin: ORIGIN, cookie: h.admin.cookie },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    let end: BillingRunDetail | null = null;
    for (let i = 0; i < 200 && !end; i++) {
      const seen = (await read(other, `/api/billing-runs/${run.id}`)) as BillingRunDetail;
      if (!['running', 'waiting'].includes(seen.status)) end = seen;
      else await new Promise((r) => setTimeout(r, 50));
    }
    expect(end?.status).toBe('cancelled');
    expect(end!.counts.done).toBeLessThan(6);
    expect(end!.counts.done + end!.counts.skipped).toBe(6);
    // A drove it to the end; B never took it over.
    expect(other.billingRuns.runtime.loops.size).toBe(0);
    expect(invoicesOf(h)).toHaveLength(end!.counts.done);
  }, 60_000);
});
