import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MoneyFigures, Overview } from '@plainstaff/contracts/overview';
import type { Database } from '../../db/database';
import { seedDemoCore } from '../../seed/demo-core';
import { seedDemoUsers } from '../../seed/demo-users';
import { buildTestApp, type TestApp } from '../../testing/app';
import { countQueries } from '../../testing/core';
import { billSome, generateData, insertExport, insertProject } from './testing/overview';

// Acceptance: the overview's figures equal an independent computation, to the cent. The SQL below is
// written by hand and on purpose unlike the implementation: a booking's amount under the billing rule
// as decimal round() of round(minutes × 100 / 60) × rate / 100 (not integer arithmetic), correlated
// sub-queries instead of grouping, months by `like 'YYYY-MM-%'`, invoiced money per export with a
// CASE instead of coalesce, currencies and ages bucketed in JavaScript.

const n = (v: unknown) => Number(v ?? 0);
const AMOUNT = sql`round(round(b.minutes * 100 / 60.0) * coalesce(b.rate_cents, 0) / 100.0)`;
const NET = sql`case when e.billomat_net_cents is null then e.total_net_cents else e.billomat_net_cents end`;
const INVOICED = sql`e.status = 'created' and (e.invoice_status is null or e.invoice_status <> 'CANCELED')`;

type Flat = Record<string, number>;

async function expectedProjects(
  db: Kysely<Database>,
  bookingFilter: ReturnType<typeof sql>,
  projectIds: number[],
  own: boolean,
) {
  const out = new Map<number, Flat>();
  for (const id of projectIds) {
    const invoiced = own
      ? sql`(select sum(${AMOUNT}) from bookings b where b.project_id = ${id} and b.billing_state = 'billed' and ${bookingFilter})`
      : sql`(select sum(${NET}) from exports e where e.project_id = ${id} and ${INVOICED})`;
    const { rows } = await sql<Record<string, unknown>>`
      select
        (select sum(b.minutes) from bookings b where b.project_id = ${id} and ${bookingFilter}) as booked_minutes,
        (select sum(${AMOUNT}) from bookings b where b.project_id = ${id} and b.billable = 1 and ${bookingFilter}) as billable_cents,
        (select sum(b.minutes) from bookings b where b.project_id = ${id} and b.billing_state = 'billed' and ${bookingFilter}) as billed_minutes,
        ${invoiced} as invoiced_cents,
        (select sum(b.minutes) from bookings b where b.project_id = ${id} and b.billable = 1 and b.billing_state in ('open', 'reserved') and ${bookingFilter}) as unbilled_minutes,
        (select sum(${AMOUNT}) from bookings b where b.project_id = ${id} and b.billable = 1 and b.billing_state in ('open', 'reserved') and ${bookingFilter}) as unbilled_cents
    `.execute(db);
    const r = rows[0]!;
    out.set(id, {
      bookedMinutes: n(r.booked_minutes),
      billableCents: n(r.billable_cents),
      billedMinutes: n(r.billed_minutes),
      invoicedCents: n(r.invoiced_cents),
      unbilledMinutes: n(r.unbilled_minutes),
      unbilledCents: n(r.unbilled_cents),
    });
  }
  return out;
}

/** Per currency: the invoiced net of the month's invoices (employees: own billed hours) and unbilled hours. */
async function expectedMonth(
  db: Kysely<Database>,
  bookingFilter: ReturnType<typeof sql>,
  projectFilter: ReturnType<typeof sql>,
  month: string,
  own: boolean,
) {
  const out = new Map<string, { invoicedCents: number; unbilledCents: number }>();
  const entry = (c: string) => out.get(c) ?? out.set(c, { invoicedCents: 0, unbilledCents: 0 }).get(c)!;
  const { rows } = await sql<Record<string, unknown>>`
    select p.currency,
      sum(case when b.billing_state = 'billed' then ${AMOUNT} else 0 end) as billed,
      sum(case when b.billable = 1 and b.billing_state <> 'billed' then ${AMOUNT} else 0 end) as unbilled
    from bookings b join projects p on p.id = b.project_id
    where b.date like ${`${month}-%`} and ${bookingFilter} group by p.currency
  `.execute(db);
  for (const r of rows) {
    entry(String(r.currency)).unbilledCents += n(r.unbilled);
    if (own) entry(String(r.currency)).invoicedCents += n(r.billed);
  }
  if (!own) {
    const inv = await sql<Record<string, unknown>>`
      select e.currency, sum(${NET}) as net from exports e
      where ${INVOICED} and e.invoice_date like ${`${month}-%`} and ${projectFilter} group by e.currency
    `.execute(db);
    for (const r of inv.rows) entry(String(r.currency)).invoicedCents += n(r.net);
  }
  return [...out]
    .map(([currency, m]) => ({ currency, ...m }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** `customerId|currency` → four [minutes, cents] pairs. */
async function expectedAging(db: Kysely<Database>, bookingFilter: ReturnType<typeof sql>, today: string) {
  const { rows } = await sql<{
    customer_id: number;
    currency: string;
    date: string;
    minutes: unknown;
    cents: unknown;
  }>`
    select p.customer_id, p.currency, b.date, sum(b.minutes) as minutes, sum(${AMOUNT}) as cents
    from bookings b join projects p on p.id = b.project_id
    where b.billable = 1 and b.billing_state in ('open', 'reserved') and ${bookingFilter}
    group by p.customer_id, p.currency, b.date
  `.execute(db);
  const out = new Map<string, [number, number][]>();
  for (const r of rows) {
    const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${r.date}T00:00:00Z`)) / 86_400_000;
    const bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3;
    const key = `${n(r.customer_id)}|${r.currency}`;
    const cells = out.get(key) ?? [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ];
    cells[bucket]![0] += n(r.minutes);
    cells[bucket]![1] += n(r.cents);
    out.set(key, cells);
  }
  return out;
}

const pick = (f: Record<string, unknown>) => ({
  bookedMinutes: f.bookedMinutes,
  billableCents: f.billableCents,
  billedMinutes: f.billedMinutes,
  invoicedCents: f.invoicedCents,
  unbilledMinutes: f.unbilledMinutes,
  unbilledCents: f.unbilledCents,
});

/** Minutes summed, money per currency: what the overview reports for several projects. */
function mixed(projects: { currency: string; f: Flat }[]) {
  const minutes = { bookedMinutes: 0, billedMinutes: 0, unbilledMinutes: 0 };
  const money = new Map<string, MoneyFigures>();
  for (const { currency, f } of projects) {
    minutes.bookedMinutes += f.bookedMinutes!;
    minutes.billedMinutes += f.billedMinutes!;
    minutes.unbilledMinutes += f.unbilledMinutes!;
    const m = money.get(currency) ?? { currency, billableCents: 0, invoicedCents: 0, unbilledCents: 0 };
    m.billableCents += f.billableCents!;
    m.invoicedCents += f.invoicedCents!;
    m.unbilledCents += f.unbilledCents!;
    money.set(currency, m);
  }
  return { ...minutes, money: [...money.values()].sort((a, b) => a.currency.localeCompare(b.currency)) };
}

async function expectMatches(
  t: TestApp,
  cookie: string,
  filter: ReturnType<typeof sql>,
  projectIds: number[],
  projectFilter: ReturnType<typeof sql> = sql`1 = 1`,
) {
  const res = await t.app.inject({ method: 'GET', url: '/api/overview', headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  const o = res.json<Overview>();
  const db = t.app.db;
  const own = o.scope === 'own';

  expect(o.projects.map((p) => p.id).sort((a, b) => a - b)).toEqual([...projectIds].sort((a, b) => a - b));
  const projects = await expectedProjects(db, filter, projectIds, own);
  for (const p of o.projects) expect(pick(p), `project ${p.number}`).toEqual(projects.get(p.id));

  const withCurrency = o.projects.map((p) => ({ currency: p.currency, f: projects.get(p.id)! }));
  expect(o.totals).toEqual(mixed(withCurrency));
  for (const c of o.customers) {
    const { projectCount: _c, lastInvoiceDate: _l, id: _i, name: _n, ...figures } = c;
    expect(figures, c.name).toEqual(
      mixed(
        o.projects
          .filter((p) => p.customerId === c.id)
          .map((p) => ({ currency: p.currency, f: projects.get(p.id)! })),
      ),
    );
  }

  expect(o.months).toHaveLength(12);
  expect(o.months[11]!.month).toBe(o.today.slice(0, 7));
  for (const m of o.months) {
    const e = await expectedMonth(db, filter, projectFilter, m.month, own);
    expect(m.money, m.month).toEqual(e);
  }

  const aging = await expectedAging(db, filter, o.today);
  expect(o.aging.map((a) => `${a.customerId}|${a.currency}`).sort()).toEqual([...aging.keys()].sort());
  for (const row of o.aging) {
    expect(
      row.buckets.map((b) => [b.minutes, b.cents]),
      row.customerName,
    ).toEqual(aging.get(`${row.customerId}|${row.currency}`));
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
    expect(o.totals.money.map((m) => m.currency)).toEqual(['EUR']);
    expect(o.totals.money[0]!.invoicedCents).toBeGreaterThan(0);
    expect(o.totals.money[0]!.unbilledCents).toBeGreaterThan(0);
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
        invoicedCents: p.invoicedCents,
        unbilledMinutes: p.unbilledMinutes,
        unbilledCents: p.unbilledCents,
        budgetUsedPercent: p.budgetUsedPercent,
      }).toEqual({
        bookedMinutes: item.summary.bookedMinutes,
        billedMinutes: item.summary.billedMinutes,
        invoicedCents: item.summary.invoicedCents,
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
    const o = await expectMatches(t, admin.cookie, all, data.projectIds);
    // Francs and euros side by side, never added up.
    expect(o.totals.money.map((m) => m.currency)).toEqual(['CHF', 'EUR']);
  });

  it('manager: only the projects he leads', async () => {
    const o = await expectMatches(
      t,
      manager.cookie,
      sql`b.project_id in (${sql.join(data.managedProjectIds)})`,
      data.managedProjectIds,
      sql`e.project_id in (${sql.join(data.managedProjectIds)})`,
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
    const sum = async (statuses: string[], currency: string) => {
      const { rows } = await sql<{ s: unknown }>`
        select sum(case when billomat_gross_cents is null then total_gross_cents else billomat_gross_cents end) as s
        from exports where status = 'created' and currency = ${currency}
        and invoice_status in (${sql.join(statuses)})`.execute(t.app.db);
      return n(rows[0]!.s);
    };
    const count = async (statuses: string[]) => {
      const { rows } = await sql<{ c: unknown }>`select count(*) as c from exports
        where status = 'created' and invoice_status in (${sql.join(statuses)})`.execute(t.app.db);
      return n(rows[0]!.c);
    };
    const { rows: currencies } = await sql<{ currency: string }>`select distinct currency from exports
      where status = 'created' and invoice_status in ('OPEN', 'OVERDUE', 'PAID') order by currency`.execute(
      t.app.db,
    );
    expect(o.invoices!.amounts.map((a) => a.currency)).toEqual(currencies.map((c) => c.currency));
    for (const a of o.invoices!.amounts) {
      expect(a.openCents, a.currency).toBe(await sum(['OPEN', 'OVERDUE'], a.currency));
      expect(a.overdueCents, a.currency).toBe(await sum(['OVERDUE'], a.currency));
      expect(a.paidCents, a.currency).toBe(await sum(['PAID'], a.currency));
    }
    expect(o.invoices!.openCount).toBe(await count(['OPEN', 'OVERDUE']));
    expect(o.invoices!.paidCount).toBe(await count(['PAID']));
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
