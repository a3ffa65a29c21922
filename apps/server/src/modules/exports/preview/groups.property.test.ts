import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  billBooking,
  buildInvoiceFromGroups,
  buildInvoicePreview,
  type BillableBooking,
  type BillingRounding,
  type LineOptions,
} from '@plainstaff/billing';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import { buildTestApp, type TestApp } from '../../../testing/app';
import { selectionTotals } from '../selection/totals.repository';
import { groupSelection } from './groups.repository';

// Issue 18: the preview as SQL aggregates agrees with the pure path of packages/billing (every booking
// in memory) to the cent — lines, texts, order, VAT, totals, the rounding difference — on random data
// sets and random selections; so do the grid's selection totals. Runs on SQLite and, in the PostgreSQL
// run, on PostgreSQL.

const EMPLOYEES = ['Anna Berger', 'Ömer Yılmaz', 'ben albers'];
const TASKS = ['Konzeption', 'Änderungen', 'Umsetzung'];
const RATES = [null, 0, 8000, 9550, 12345];
const COMMENTS = [
  '',
  ' ',
  'Abstimmung',
  'Abstimmung ',
  'Ticket #12, #13',
  'Deployment; Test',
  'x'.repeat(700),
];
const DAYS = [
  '2026-05-31',
  '2026-06-01',
  '2026-06-02',
  '2026-06-03',
  '2026-06-15',
  '2026-06-30',
  '2026-07-02',
];

let t: TestApp;
let employees: { id: number; name: string }[];
let seq = 0;
const now = new Date().toISOString();

beforeAll(async () => {
  t = await buildTestApp();
  employees = [];
  for (const name of EMPLOYEES) {
    const u = await t.createUser('employee');
    await t.app.db.updateTable('users').set({ name }).where('id', '=', u.id).execute();
    employees.push({ id: u.id, name });
  }
}, 60_000);
afterAll(() => t?.close());

const bookingSpec = fc.record({
  day: fc.constantFrom(...DAYS),
  minutes: fc.oneof(fc.integer({ min: 1, max: 59 }), fc.integer({ min: 1, max: 600 })),
  rate: fc.constantFrom(...RATES),
  source: fc.constantFrom('member', 'task', 'project', 'user', 'manual'),
  employee: fc.integer({ min: 0, max: 2 }),
  task: fc.integer({ min: -1, max: 2 }),
  comment: fc.constantFrom(...COMMENTS),
  state: fc.constantFrom('open', 'open', 'open', 'billed'),
  billable: fc.constantFrom(1, 1, 1, 0),
});

const caseArb = fc.record({
  bookings: fc.array(bookingSpec, { maxLength: 60, size: 'max' }),
  grouping: fc.record({
    groupByMonth: fc.boolean(),
    groupByTask: fc.boolean(),
    groupByEmployee: fc.boolean(),
  }),
  rounding: fc.constantFrom<BillingRounding>(0, 0, 6, 15, 30),
  description: fc.constantFrom('', '{datum}: {kommentare}', '{mitarbeiter} – {stunden} Std.', '{kommentare}'),
  title: fc.constantFrom('', '{projekt} – {task}', '{monat}: {task} ({mitarbeiter})'),
  mode: fc.constantFrom<'all' | 'only'>('all', 'only'),
  pick: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
  from: fc.constantFrom(undefined, '2026-05-31', '2026-06-01'),
  to: fc.constantFrom(undefined, '2026-06-30'),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

async function seed(c: Case) {
  const db = t.app.db;
  const k = ++seq;
  const { id: customerId } = await db
    .insertInto('customers')
    .values({
      name: `Kunde ${k}`,
      number: '',
      address: '',
      email: '',
      vat_id: '',
      source: 'manual',
      billomat_client_id: null,
      billomat_client_number: null,
      tax_rule: null,
      currency_code: 'EUR',
      archived: 0,
      missing_in_billomat: 0,
      billomat_updated_at: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: projectId } = await db
    .insertInto('projects')
    .values({
      number: `PP-${k}`,
      name: 'Relaunch',
      description: '',
      customer_id: customerId,
      status: 'running',
      currency: 'EUR',
      vat_override_bp: null,
      start_date: null,
      budget_type: 'none',
      budget_minutes: null,
      budget_cents: null,
      hourly_rate_cents: null,
      no_tasks: 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const taskIds: number[] = [];
  for (const [i, name] of TASKS.entries()) {
    const row = await db
      .insertInto('tasks')
      .values({ project_id: projectId, name, rate_cents: null, budget_minutes: null, position: i })
      .returning('id')
      .executeTakeFirstOrThrow();
    taskIds.push(row.id);
  }
  const rows: (BillableBooking & { state: string; billable: number })[] = [];
  for (const b of c.bookings) {
    const taskId = b.task < 0 ? null : taskIds[b.task]!;
    const { id } = await db
      .insertInto('bookings')
      .values({
        project_id: projectId,
        task_id: taskId,
        employee_id: employees[b.employee]!.id,
        date: b.day,
        minutes: b.minutes,
        rate_cents: b.rate,
        rate_source: b.rate === null ? 'none' : (b.source as 'member'),
        comment: b.comment,
        billable: b.billable,
        billing_state: b.state as 'open',
        export_id: null,
        invoice_number: null,
        created_by: employees[0]!.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({
      id,
      date: b.day,
      minutes: b.minutes,
      rateCents: b.rate,
      ...(b.rate === null || b.source === 'manual' ? {} : { rateSource: b.source as 'member' }),
      employeeId: employees[b.employee]!.id,
      employeeName: employees[b.employee]!.name,
      taskId,
      taskName: taskId === null ? null : TASKS[b.task]!,
      comment: b.comment,
      state: b.state,
      billable: b.billable,
    });
  }
  return { projectId, rows };
}

describe('the preview as SQL aggregates = the pure path', () => {
  it('agrees on random data sets and selections, to the cent and to the letter', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { projectId, rows } = await seed(c);
        const picked = rows.filter((_, i) => c.pick[i]).map((r) => r.id);
        const selection: ExportSelection = {
          filter: { from: c.from, to: c.to, employeeIds: [], taskIds: [], state: 'open' },
          mode: c.mode,
          included: c.mode === 'only' ? picked : [],
          excluded: c.mode === 'all' ? picked.slice(0, 3) : [],
        };
        const selected = rows.filter(
          (r) =>
            r.state === 'open' &&
            r.billable === 1 &&
            (!c.from || r.date >= c.from) &&
            (!c.to || r.date <= c.to) &&
            (c.mode === 'only' ? selection.included.includes(r.id) : !selection.excluded.includes(r.id)),
        );
        const options: LineOptions = {
          ...c.grouping,
          rounding: c.rounding,
          titleTemplate: c.title,
          descriptionTemplate: c.description,
          projectName: 'Relaunch',
          projectNumber: `PP-${seq}`,
          locale: 'de',
        };
        const settings = { options, vatRateBasisPoints: 1900, currency: 'EUR' };
        const pure = buildInvoicePreview({
          ...settings,
          bookings: selected.map(({ state: _s, billable: _b, ...b }) => b),
        });
        const grouped = await groupSelection(t.app.db, projectId, selection, options);
        const sql = buildInvoiceFromGroups({ ...settings, ...grouped });
        expect(sql).toEqual(pure);
        expect(grouped.fingerprint.count).toBe(selected.filter((b) => b.rateCents !== null).length);
        // The grid's totals of the same selection: counts of the filter, sums of the selected bookings.
        for (const state of ['open', 'all'] as const) {
          const inPeriod = rows.filter((r) => (!c.from || r.date >= c.from) && (!c.to || r.date <= c.to));
          const filtered = state === 'open' ? inPeriod.filter((r) => r.state === 'open') : inPeriod;
          const billed = selected.map((b) => billBooking(b.minutes, b.rateCents, c.rounding));
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          const s = { ...selection, filter: { ...selection.filter, state } };
          expect(await selectionTotals(t.app.db, projectId, s, c.rounding)).toEqual({
            filteredCount: filtered.length,
            selectableCount: filtered.filter((r) => r.state === 'open' && r.billable === 1).length,
            selectedCount: selected.length,
            bookedMinutes: sum(selected.map((b) => b.minutes)),
            billedMinutes: sum(billed.map((b) => b.billedMinutes)),
            quantityHundredths: sum(billed.map((b) => b.quantityHundredths)),
            amountCents: sum(billed.map((b) => b.amountCents ?? 0)),
            unpricedCount: selected.filter((b) => b.rateCents === null).length,
          });
        }
      }),
      { numRuns: 100, seed: 18 },
    );
  }, 120_000);
});

const BY_MONTH_WITH_COMMENTS: LineOptions = {
  groupByMonth: true,
  groupByTask: false,
  groupByEmployee: false,
  rounding: 0,
  descriptionTemplate: '{kommentare}',
  projectName: 'Relaunch',
  projectNumber: 'X',
  locale: 'de',
};
const EVERY_OPEN: ExportSelection = {
  filter: { employeeIds: [], taskIds: [], state: 'open' },
  mode: 'all',
  included: [],
  excluded: [],
};

describe('comments in the SQL path', () => {
  it('keeps work order by first occurrence, and stops once a description is full', async () => {
    const base = { rate: 9550, source: 'task', employee: 0, task: 0, state: 'open', billable: 1 };
    const c = {
      bookings: [
        { ...base, day: '2026-06-01', minutes: 30, comment: 'A' },
        { ...base, day: '2026-06-02', minutes: 30, comment: 'B' },
        { ...base, day: '2026-06-03', minutes: 30, comment: 'A' },
        { ...base, day: '2026-06-04', minutes: 30, comment: ' C ' },
        ...Array.from({ length: 8 }, (_, i) => ({
          ...base,
          day: '2026-06-05',
          minutes: 10,
          comment: `${i}${'y'.repeat(400)}`,
        })),
      ],
    } as unknown as Case;
    const { projectId } = await seed(c);
    const grouped = await groupSelection(t.app.db, projectId, EVERY_OPEN, BY_MONTH_WITH_COMMENTS);
    expect(grouped.groups).toHaveLength(1);
    const comments = grouped.groups[0]!.comments;
    expect(comments.slice(0, 3)).toEqual(['A', 'B', 'C']);
    // 3 short ones, then 401-character ones while the running length is ≤ 2,000: five of the eight.
    expect(comments).toHaveLength(3 + 5);
  });
});

describe('work order in the SQL path', () => {
  it('is by date, then id — a large id on an earlier day comes first', async () => {
    const base = {
      rate: 9550,
      source: 'task',
      employee: 0,
      task: 0,
      state: 'open',
      billable: 1,
      minutes: 30,
    };
    const c = {
      bookings: [
        { ...base, day: '2026-06-02', comment: 'later day' },
        { ...base, day: '2026-06-01', comment: 'earlier day' },
      ],
    } as unknown as Case;
    const { projectId, rows } = await seed(c);
    // Ids far apart: the key (date, id) must not let the id outweigh a day.
    await t.app.db.updateTable('bookings').set({ id: 2_000_000_000 }).where('id', '=', rows[1]!.id).execute();
    const grouped = await groupSelection(t.app.db, projectId, EVERY_OPEN, BY_MONTH_WITH_COMMENTS);
    expect(grouped.groups.map((g) => g.comments)).toEqual([['earlier day', 'later day']]);
  });
});

describe('one line per booking in the SQL path', () => {
  it('counts every booking of a larger selection in SQL and returns its first 1,000 lines', async () => {
    const base = { source: 'task', employee: 0, task: 0, state: 'open', billable: 1, comment: '' };
    const c = {
      bookings: Array.from({ length: 1_015 }, (_, i) => ({
        ...base,
        day: DAYS[i % DAYS.length]!,
        minutes: 15 + (i % 7),
        // Every 101st booking has no rate: counted as unpriced, never a line.
        rate: i % 101 === 100 ? null : 9550,
      })),
    } as unknown as Case;
    const { projectId, rows } = await seed(c);
    const perBooking = { ...BY_MONTH_WITH_COMMENTS, groupByMonth: false, descriptionTemplate: '' };
    const grouped = await groupSelection(t.app.db, projectId, EVERY_OPEN, perBooking);
    const priced = rows.filter((r) => r.rateCents !== null);
    expect(priced).toHaveLength(1_005);
    expect(grouped).toMatchObject({ selectedCount: 1_015, lineCount: 1_005, unpriced: { count: 10 } });
    expect(grouped.fingerprint).toEqual({
      count: 1_005,
      sumId: priced.reduce((s, r) => s + r.id, 0),
      sumVersion: 1_005,
      sumIdVersion: priced.reduce((s, r) => s + r.id, 0),
    });
    expect(grouped.groups.map((g) => g.firstBookingId)).toEqual(priced.slice(0, 1_000).map((r) => r.id));
  }, 60_000);
});
