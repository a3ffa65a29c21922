import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview } from '@plainstaff/contracts/overview';
import type { Database } from '../../db/database';
import { seedDemoCore } from '../../seed/demo-core';
import { seedDemoUsers } from '../../seed/demo-users';
import { buildTestApp, type TestApp } from '../../testing/app';
import { countQueries } from '../../testing/core';
import { billSome, generateData, insertExport, insertProject } from './testing/overview';

// Acceptance 1: the overview's figures equal an independent computation, to the cent. The SQL below is
// written by hand and on purpose unlike the implementation: the amount as round(minutes × rate / 60.0)
// (decimal division and round(), not integer arithmetic), correlated sub-queries instead of grouping,
// months by `like 'YYYY-MM-%'`, and the ages bucketed in JavaScript from per-day sums.

const n = (v: unknown) => Number(v ?? 0);
const AMOUNT = sql`round(b.minutes * coalesce(b.rate_cents, 0) / 60.0)`;

async function expectedProjects(
  db: Kysely<Database>,
  bookingFilter: ReturnType<typeof sql>,
  projectIds: number[],
) {
  const out = new Map<number, Record<string, number>>();
  for (const id of projectIds) {
    const { rows } = await sql<Record<string, unknown>>`
      select
        (select sum(b.minutes) from bookings b where b.project_id = ${id} and ${bookingFilter}) as booked_minutes,
        (select sum(${AMOUNT}) from bookings b where b.project_id = ${id} and b.billable = 1 and ${bookingFilter}) as billable_cents,
        (select sum(b.minutes) from bookings b where b.project_id = ${id} and b.billing_state = 'billed' and ${bookingFilter}) as billed_minutes,
        (select sum(${AMOUNT}) from bookings b where b.project_id = ${id} and b.billing_state = 'billed' and ${bookingFilter}) as billed_cents,
        (select sum(b.minutes) from bookings b where b.project_id = ${id} and b.billable = 1 and b.billing_state in ('open', 'reserved') and ${bookingFilter}) as unbilled_minutes,
        (select sum(${AMOUNT}) from bookings b where b.project_id = ${id} and b.billable = 1 and b.billing_state in ('open', 'reserved') and ${bookingFilter}) as unbilled_cents
    `.execute(db);
    const r = rows[0]!;
    out.set(id, {
      bookedMinutes: n(r.booked_minutes),
      billableCents: n(r.billable_cents),
      billedMinutes: n(r.billed_minutes),
      billedCents: n(r.billed_cents),
      unbilledMinutes: n(r.unbilled_minutes),
      unbilledCents: n(r.unbilled_cents),
    });
  }
  return out;
}

async function expectedMonth(db: Kysely<Database>, bookingFilter: ReturnType<typeof sql>, month: string) {
  const { rows } = await sql<Record<string, unknown>>`
    select
      sum(case when b.billing_state = 'billed' then ${AMOUNT} else 0 end) as billed,
      sum(case when b.billable = 1 and b.billing_state <> 'billed' then ${AMOUNT} else 0 end) as unbilled
    from bookings b where b.date like ${`${month}-%`} and ${bookingFilter}
  `.execute(db);
  return { billedCents: n(rows[0]!.billed), unbilledCents: n(rows[0]!.unbilled) };
}

/** customerId → four [minutes, cents] pairs. */
async function expectedAging(db: Kysely<Database>, bookingFilter: ReturnType<typeof sql>, today: string) {
  const { rows } = await sql<{ customer_id: number; date: string; minutes: unknown; cents: unknown }>`
    select p.customer_id, b.date, sum(b.minutes) as minutes, sum(${AMOUNT}) as cents
    from bookings b join projects p on p.id = b.project_id
    where b.billable = 1 and b.billing_state in ('open', 'reserved') and ${bookingFilter}
    group by p.customer_id, b.date
  `.execute(db);
  const out = new Map<number, [number, number][]>();
  for (const r of rows) {
    const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${r.date}T00:00:00Z`)) / 86_400_000;
    const bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3;
    const cells = out.get(n(r.customer_id)) ?? [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ];
    cells[bucket]![0] += n(r.minutes);
    cells[bucket]![1] += n(r.cents);
    out.set(n(r.customer_id), cells);
  }
  return out;
}

const pick = (f: Record<string, unknown>) => ({
  bookedMinutes: f.bookedMinutes,
  billableCents: f.billableCents,
  billedMinutes: f.billedMinutes,
  billedCents: f.billedCents,
  unbilledMinutes: f.unbilledMinutes,
  unbilledCents: f.unbilledCents,
});

async function expectMatches(
  t: TestApp,
  cookie: string,
  filter: ReturnType<typeof sql>,
  projectIds: number[],
) {
  const res = await t.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  const o = res.json<Overview>();
  const db = t.app.db;

  expect(o.projects.map((p) => p.id).sort((a, b) => a - b)).toEqual([...projectIds].sort((a, b) => a - b));
  const projects = await expectedProjects(db, filter, projectIds);
  for (const p of o.projects) expect(pick(p), `project ${p.number}`).toEqual(projects.get(p.id));

  const totals = {
    bookedMinutes: 0,
    billableCents: 0,
    billedMinutes: 0,
    billedCents: 0,
    unbilledMinutes: 0,
    unbilledCents: 0,
  };
  for (const f of projects.values())
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += f[k]!;
  expect(o.totals).toEqual(totals);
  for (const c of o.customers) {
    const mine = o.projects.filter((p) => p.customerId === c.id).map((p) => projects.get(p.id)!);
    expect(c.unbilledCents).toBe(mine.reduce((s, f) => s + f.unbilledCents!, 0));
    expect(c.billedCents).toBe(mine.reduce((s, f) => s + f.billedCents!, 0));
  }

  expect(o.months).toHaveLength(12);
  expect(o.months[11]!.month).toBe(o.today.slice(0, 7));
  for (const m of o.months) {
    const e = await expectedMonth(db, filter, m.month);
    expect({ billedCents: m.billedCents, unbilledCents: m.unbilledCents }, m.month).toEqual(e);
  }

  const aging = await expectedAging(db, filter, o.today);
  expect(o.aging.map((a) => a.customerId).sort()).toEqual([...aging.keys()].sort());
  for (const row of o.aging) {
    expect(
      row.buckets.map((b) => [b.minutes, b.cents]),
      row.customerName,
    ).toEqual(aging.get(row.customerId));
    for (const cell of row.buckets) expect(cell.projects.reduce((s, p) => s + p.cents, 0)).toBe(cell.cents);
  }
  return o;
}

const all = sql`1 = 1`;

describe('overview figures over the demo data', () => {
  let t: TestApp;
  let admin: { id: number; cookie: string };
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.createUser('admin');
    await seedDemoUsers(t.app.db);
    await seedDemoCore(t.app.db);
    const projectId = (
      await t.app.db.selectFrom('projects').select('id').orderBy('id').executeTakeFirstOrThrow()
    ).id;
    const exportId = await insertExport(t.app.db, {
      projectId,
      userId: admin.id,
      invoiceDate: '2026-03-31',
      grossCents: 119_000,
      invoiceStatus: 'PAID',
    });
    await billSome(t.app.db, exportId);
  }, 60_000);
  afterAll(() => t.close());

  it('equals the independent SQL for every project, customer, month and age bucket, to the cent', async () => {
    const ids = (await t.app.db.selectFrom('projects').select('id').execute()).map((p) => p.id);
    const o = await expectMatches(t, admin.cookie, all, ids);
    expect(o.scope).toBe('all');
    expect(o.totals.billedCents).toBeGreaterThan(0);
    expect(o.totals.unbilledCents).toBeGreaterThan(0);
    expect(o.aging.some((a) => a.buckets[3]!.minutes > 0)).toBe(true);
  });

  it('shows the same figures as the project summary of the projects module', async () => {
    const o = (
      await t.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie: admin.cookie } })
    ).json<Overview>();
    const list = (
      await t.app.inject({
        method: 'GET',
        url: '/api/projects?pageSize=100',
        headers: { cookie: admin.cookie },
      })
    ).json<{
      items: { id: number; summary: Record<string, unknown> }[];
    }>();
    expect(list.items.length).toBe(o.projects.length);
    for (const item of list.items) {
      const p = o.projects.find((x) => x.id === item.id)!;
      expect({
        bookedMinutes: p.bookedMinutes,
        billedMinutes: p.billedMinutes,
        billedCents: p.billedCents,
        unbilledMinutes: p.unbilledMinutes,
        unbilledCents: p.unbilledCents,
        budgetUsedPercent: p.budgetUsedPercent,
      }).toEqual({
        bookedMinutes: item.summary.bookedMinutes,
        billedMinutes: item.summary.billedMinutes,
        billedCents: item.summary.billedCents,
        unbilledMinutes: item.summary.unbilledMinutes,
        unbilledCents: item.summary.unbilledCents,
        budgetUsedPercent: item.summary.budgetUsedPercent,
      });
    }
  });
});

describe('overview figures over a generated data set', () => {
  let t: TestApp;
  let admin: { id: number; cookie: string };
  let manager: { id: number; cookie: string };
  let employee: { id: number; cookie: string };
  let data: Awaited<ReturnType<typeof generateData>>;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.createUser('admin');
    manager = await t.createUser('manager');
    employee = await t.createUser('employee');
    const other = await t.createUser('employee');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    data = await generateData(
      t.app.db,
      { adminId: admin.id, managerId: manager.id, employeeIds: [employee.id, other.id] },
      today,
      6000,
    );
  }, 60_000);
  afterAll(() => t.close());

  it('admin: every project, to the cent', async () => {
    await expectMatches(t, admin.cookie, all, data.projectIds);
  });

  it('manager: only the projects he leads', async () => {
    const o = await expectMatches(
      t,
      manager.cookie,
      sql`b.project_id in (${sql.join(data.managedProjectIds)})`,
      data.managedProjectIds,
    );
    expect(o.scope).toBe('managed');
  });

  it('employee: only his own bookings, no invoices', async () => {
    const { rows } = await sql<{
      project_id: number;
    }>`select distinct project_id from bookings where employee_id = ${employee.id}`.execute(t.app.db);
    const o = await expectMatches(
      t,
      employee.cookie,
      sql`b.employee_id = ${employee.id}`,
      rows.map((r) => n(r.project_id)),
    );
    expect(o.scope).toBe('own');
    expect(o.invoices).toBeNull();
    expect(o.projects.every((p) => p.budgetUsedPercent === null)).toBe(true);
  });

  it('open and paid amounts equal the sums over the exports by last known status', async () => {
    const o = (
      await t.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie: admin.cookie } })
    ).json<Overview>();
    const sum = async (statuses: string[]) => {
      const { rows } = await sql<{ s: unknown; c: unknown }>`
        select sum(total_gross_cents) as s, count(*) as c from exports
        where status = 'created' and invoice_status in (${sql.join(statuses)})`.execute(t.app.db);
      return [n(rows[0]!.s), n(rows[0]!.c)];
    };
    expect([o.invoices!.openCents, o.invoices!.openCount]).toEqual(await sum(['OPEN', 'OVERDUE']));
    expect([o.invoices!.paidCents, o.invoices!.paidCount]).toEqual(await sum(['PAID']));
    const { rows } = await sql<{
      id: number;
    }>`select id from exports where status = 'created' and invoice_status = 'CANCELED' order by id`.execute(
      t.app.db,
    );
    expect(o.invoices!.cancelled.map((c) => c.exportId)).toEqual(rows.map((r) => n(r.id)));
  });

  it('last invoice date per project is the latest created export', async () => {
    const o = (
      await t.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie: admin.cookie } })
    ).json<Overview>();
    for (const p of o.projects) {
      const { rows } = await sql<{ d: string | null }>`
        select invoice_date as d from exports where project_id = ${p.id} and status = 'created'
        order by invoice_date desc limit 1`.execute(t.app.db);
      expect(p.lastInvoiceDate).toBe(rows[0]?.d ?? null);
    }
  });

  it('issues the same few queries however many projects there are (no N+1)', async () => {
    const get = () =>
      t.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie: admin.cookie } });
    const before = await countQueries(t.app, get);
    for (let i = 0; i < 20; i++)
      await insertProject(t.app.db, { number: `N-${i}`, customerId: data.customerIds[0]! });
    expect(await countQueries(t.app, get)).toBe(before);
    expect(before).toBeLessThanOrEqual(12);
  });
});
