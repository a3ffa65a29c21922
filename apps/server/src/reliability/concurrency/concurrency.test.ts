import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProject, selectionOf, type BookingSpec } from '../../testing/exports/fixtures';
import { checkAll } from '../chaos/invariants';
import { prng } from '../chaos/prng';
import { reliabilityHarness, type ReliabilityHarness } from '../testing/harness';

// Many requests at once against one database (SQLite here, PostgreSQL in the postgres project):
// overlapping exports, undos racing exports, imports racing imports, edits racing exports. billomat
// answers with small random delays so the requests really interleave at every await.

let h: ReliabilityHarness;
const rng = prng(7);
beforeAll(async () => {
  h = await reliabilityHarness({
    account: { clientCount: 40, rateLimit: { quota: 1_000_000 } },
    tuning: { timeoutMs: 2000, maxRetries: 0, maxRateLimitWaitMs: 0 },
  });
});
afterAll(async () => h.close());

const june = (n: number): BookingSpec[] =>
  Array.from({ length: n }, (_, i) => ({
    date: `2026-06-${String((i % 28) + 1).padStart(2, '0')}`,
    minutes: 30 + i * 5,
    task: (i % 2) as 0 | 1,
  }));
const slowBillomat = () => {
  for (const method of ['POST', 'GET', 'PUT', 'DELETE'])
    h.sandbox.faults.add({ kind: 'delay', delayMs: rng.int(1, 15), path: '/api/**', method, times: 0 });
};
const invariants = async () => {
  await h.app.exports.reconcilePending();
  return checkAll(h.app.db, h.sandbox, h.account.billomatId);
};
async function tokenFor(projectId: number, options: object) {
  const res = await h.send('POST', `/api/projects/${projectId}/export-preview`, options);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().previewToken as string;
}
const optionsOf = (bookingIds: number[]) => ({
  selection: selectionOf(bookingIds),
  invoiceDate: '2026-07-01',
  groupByMonth: true,
  groupByTask: true,
  markAsBilled: true,
});

describe('concurrency', () => {
  it('12 parallel exports over overlapping selections: no booking billed twice, losers get 409', async () => {
    const manager = await h.user('manager');
    const f = await seedProject(h.app, h.sandbox, {
      employeeId: (await h.user('employee')).id,
      managerId: manager.id,
      bookings: june(16),
    });
    slowBillomat();
    for (let round = 0; round < 3; round++) {
      const open = (
        await h.app.db
          .selectFrom('bookings')
          .select(['id'])
          .where('project_id', '=', f.projectId)
          .where('billing_state', '=', 'open')
          .execute()
      ).map((b) => b.id);
      if (open.length === 0) break;
      const selections = Array.from({ length: 12 }, () => rng.subset(open));
      const bodies = await Promise.all(
        selections.map(async (ids) => ({
          ...optionsOf(ids),
          previewToken: await tokenFor(f.projectId, optionsOf(ids)),
        })),
      );
      const results = await Promise.all(
        bodies.map((b, i) =>
          h.send('POST', `/api/projects/${f.projectId}/exports`, b, i % 2 ? manager : h.admin),
        ),
      );
      for (const r of results) {
        expect([201, 409], r.body).toContain(r.statusCode);
        if (r.statusCode === 409)
          expect(r.json().code).toMatch(/^(BOOKINGS_ALREADY_CLAIMED|PREVIEW_OUTDATED)$/);
      }
      const winners = results.filter((r) => r.statusCode === 201).map((r) => r.json().id as number);
      expect(winners.length).toBeGreaterThanOrEqual(1);
      const held = await h.app.db
        .selectFrom('export_bookings')
        .select('booking_id')
        .where('export_id', 'in', winners)
        .where('active', '=', 1)
        .execute();
      expect(new Set(held.map((x) => x.booking_id)).size).toBe(held.length);
    }
    h.sandbox.faults.clear();
    expect(await invariants()).toEqual([]);
  });

  it('undos racing each other and new exports of the released hours', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: h.admin.id, bookings: june(6) });
    const all = optionsOf(f.bookingIds);
    const first = await h.send('POST', `/api/projects/${f.projectId}/exports`, {
      ...all,
      previewToken: await tokenFor(f.projectId, all),
    });
    expect(first.statusCode, first.body).toBe(201);
    slowBillomat();
    const token = await tokenFor(f.projectId, all);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => h.send('POST', `/api/exports/${first.json().id}/undo`)),
      ...Array.from({ length: 4 }, () =>
        h.send('POST', `/api/projects/${f.projectId}/exports`, { ...all, previewToken: token }),
      ),
    ]);
    for (const r of results) expect(r.statusCode, r.body).toBeLessThan(500);
    expect(results.slice(0, 4).some((r) => r.statusCode === 200)).toBe(true);
    h.sandbox.faults.clear();
    expect(await invariants()).toEqual([]);
    // Afterwards the hours are either open or on exactly one invoice — never both, never lost.
    const states = await h.app.db
      .selectFrom('bookings')
      .select(['billing_state'])
      .where('project_id', '=', f.projectId)
      .execute();
    expect(new Set(states.map((s) => s.billing_state)).size).toBe(1);
  });

  it('parallel customer imports: one runs, the rest are told so, nothing is duplicated', async () => {
    slowBillomat();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => h.send('POST', '/api/customers/import')),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 202).length).toBeGreaterThanOrEqual(1);
    for (const r of results)
      if (r.statusCode !== 202) expect(r.json().code, r.body).toBe('CUSTOMER_IMPORT_RUNNING');
    for (let i = 0; i < 400 && (await h.get('/api/customers/import/status')).json().running; i++)
      await new Promise((r) => setTimeout(r, 10));
    // A second wave while the first has finished: updates only.
    await Promise.all(Array.from({ length: 3 }, () => h.send('POST', '/api/customers/import')));
    for (let i = 0; i < 400 && (await h.get('/api/customers/import/status')).json().running; i++)
      await new Promise((r) => setTimeout(r, 10));
    h.sandbox.faults.clear();
    const linked = await h.app.db
      .selectFrom('customers')
      .select(['billomat_client_id'])
      .where('billomat_client_id', 'is not', null)
      .execute();
    const ids = linked.map((c) => Number(c.billomat_client_id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(h.sandbox.control.accounts()[0]!.clients);
  });

  it('an edit racing the export of its booking: the invoice bills what the booking says', async () => {
    const employee = await h.user('employee');
    for (let i = 0; i < 10; i++) {
      const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: june(3) });
      const all = optionsOf(f.bookingIds);
      const token = await tokenFor(f.projectId, all);
      slowBillomat();
      const target = f.bookingIds[rng.int(0, 2)]!;
      const minutes = rng.int(10, 400);
      const exportCall = h.send('POST', `/api/projects/${f.projectId}/exports`, {
        ...all,
        previewToken: token,
      });
      if (rng.chance(0.5)) await new Promise((r) => setTimeout(r, rng.int(0, 10)));
      const [exp, edit] = await Promise.all([
        exportCall,
        h.send('PATCH', `/api/bookings/${target}`, { minutes }, employee),
      ]);
      h.sandbox.faults.clear();
      expect([201, 409], exp.body).toContain(exp.statusCode);
      expect([200, 409], edit.body).toContain(edit.statusCode);
      // Never both: either the edit came first (the export refuses the changed booking), or the export did.
      expect(exp.statusCode === 201 && edit.statusCode === 200, `${exp.body} / ${edit.body}`).toBe(false);
      const booking = await h.app.db
        .selectFrom('bookings')
        .select(['minutes', 'billing_state'])
        .where('id', '=', target)
        .executeTakeFirstOrThrow();
      if (exp.statusCode === 201) {
        const held = await h.app.db
          .selectFrom('export_bookings')
          .select('billed_minutes')
          .where('booking_id', '=', target)
          .where('active', '=', 1)
          .executeTakeFirstOrThrow();
        expect(held.billed_minutes).toBe(booking.minutes);
        expect(booking.billing_state).toBe('billed');
      } else {
        expect(booking.minutes).toBe(minutes);
        expect(booking.billing_state).toBe('open');
      }
    }
    expect(await invariants()).toEqual([]);
  });

  it('a delete racing the export of its booking: never an invoice line for a deleted booking', async () => {
    const employee = await h.user('employee');
    for (let i = 0; i < 10; i++) {
      const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: june(3) });
      const all = optionsOf(f.bookingIds);
      const token = await tokenFor(f.projectId, all);
      slowBillomat();
      const target = f.bookingIds[rng.int(0, 2)]!;
      const exportCall = h.send('POST', `/api/projects/${f.projectId}/exports`, {
        ...all,
        previewToken: token,
      });
      if (rng.chance(0.5)) await new Promise((r) => setTimeout(r, rng.int(0, 10)));
      const [exp, del] = await Promise.all([
        exportCall,
        h.send('DELETE', `/api/bookings/${target}`, undefined, employee),
      ]);
      h.sandbox.faults.clear();
      expect([201, 409], exp.body).toContain(exp.statusCode);
      expect([200, 409], del.body).toContain(del.statusCode);
      expect(exp.statusCode === 201 && del.statusCode === 200, `${exp.body} / ${del.body}`).toBe(false);
    }
    expect(await invariants()).toEqual([]);
  });
});
