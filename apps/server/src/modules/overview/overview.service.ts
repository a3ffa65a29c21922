import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type {
  AgingRow,
  Overview,
  OverviewCustomer,
  OverviewFigures,
  OverviewInvoices,
  OverviewMonth,
  OverviewProject,
} from '@plainstaff/contracts/overview';
import type { Database } from '../../db/database';
import { agingRanges, last12Months, todayIso } from './overview.dates';
import { invoiceStatusRepository } from './invoice-status.repository';
import {
  overviewRepository,
  type AgingQueryRow,
  type StateSums,
  type ProjectInfoRow,
} from './overview.repository';
import { scopeOf, type OverviewScope } from './overview.scope';

const zero = (): OverviewFigures => ({
  bookedMinutes: 0,
  billableCents: 0,
  billedMinutes: 0,
  billedCents: 0,
  unbilledMinutes: 0,
  unbilledCents: 0,
});

function add(into: OverviewFigures, f: OverviewFigures): void {
  into.bookedMinutes += f.bookedMinutes;
  into.billableCents += f.billableCents;
  into.billedMinutes += f.billedMinutes;
  into.billedCents += f.billedCents;
  into.unbilledMinutes += f.unbilledMinutes;
  into.unbilledCents += f.unbilledCents;
}

/** Adds one state × billable sum: billed = state billed; unbilled = billable and not (yet) billed. */
function addSums(f: OverviewFigures, r: StateSums): void {
  f.bookedMinutes += r.minutes;
  if (r.billable === 1) f.billableCents += r.cents;
  if (r.billing_state === 'billed') {
    f.billedMinutes += r.minutes;
    f.billedCents += r.cents;
  } else if (r.billable === 1) {
    f.unbilledMinutes += r.minutes;
    f.unbilledCents += r.cents;
  }
}

// Same rule as the project summary (projects.mapper): hours budget vs booked time, amount budget vs the
// billable amount, one decimal.
const percent = (used: number, budget: number) => Math.round((used / budget) * 1000) / 10;
function budgetUse(p: ProjectInfoRow, f: OverviewFigures): number | null {
  if (p.budget_type === 'hours' && p.budget_minutes) return percent(f.bookedMinutes, p.budget_minutes);
  if (p.budget_type === 'amount' && p.budget_cents) return percent(f.billableCents, p.budget_cents);
  return null;
}

function customersOf(projects: OverviewProject[]): OverviewCustomer[] {
  const byId = new Map<number, OverviewCustomer>();
  for (const p of projects) {
    let c = byId.get(p.customerId);
    if (!c) {
      c = { id: p.customerId, name: p.customerName, projectCount: 0, lastInvoiceDate: null, ...zero() };
      byId.set(p.customerId, c);
    }
    c.projectCount += 1;
    add(c, p);
    if (p.lastInvoiceDate && (!c.lastInvoiceDate || p.lastInvoiceDate > c.lastInvoiceDate))
      c.lastInvoiceDate = p.lastInvoiceDate;
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

function agingOf(rows: AgingQueryRow[], projects: Map<number, OverviewProject>, today: string): AgingRow[] {
  const ranges = agingRanges(today);
  const byCustomer = new Map<number, AgingRow>();
  for (const r of rows) {
    const p = projects.get(r.project_id);
    if (!p || r.minutes === 0) continue;
    let row = byCustomer.get(p.customerId);
    if (!row) {
      row = {
        customerId: p.customerId,
        customerName: p.customerName,
        totalMinutes: 0,
        totalCents: 0,
        buckets: ranges.map((x) => ({ ...x, minutes: 0, cents: 0, projects: [] })),
      };
      byCustomer.set(p.customerId, row);
    }
    const cell = row.buckets[r.bucket]!;
    cell.minutes += r.minutes;
    cell.cents += r.cents;
    cell.projects.push({ id: p.id, number: p.number, name: p.name, minutes: r.minutes, cents: r.cents });
    row.totalMinutes += r.minutes;
    row.totalCents += r.cents;
  }
  for (const row of byCustomer.values())
    for (const cell of row.buckets) cell.projects.sort((a, b) => a.number.localeCompare(b.number));
  return [...byCustomer.values()].sort((a, b) => a.customerName.localeCompare(b.customerName, 'de'));
}

export function overviewService(db: Kysely<Database>) {
  const repo = overviewRepository(db);
  const invoices = invoiceStatusRepository(db);

  async function projectsOf(scope: OverviewScope): Promise<OverviewProject[]> {
    const byProject = new Map<number, OverviewFigures>();
    for (const r of await repo.byProject(scope)) {
      const f = byProject.get(r.project_id) ?? zero();
      addSums(f, r);
      byProject.set(r.project_id, f);
    }
    const infos = await repo.projects(scope, [...byProject.keys()]);
    const lastInvoice = await invoices.lastInvoiceDates(infos.map((p) => p.id));
    return infos.map((p) => {
      const f = byProject.get(p.id) ?? zero();
      return {
        id: p.id,
        number: p.number,
        name: p.name,
        customerId: p.customer_id,
        customerName: p.customer_name,
        currency: p.currency,
        ...f,
        // An employee sees only his own share, which says nothing about the project's budget.
        budgetUsedPercent: scope.kind === 'own' ? null : budgetUse(p, f),
        lastInvoiceDate: lastInvoice.get(p.id) ?? null,
      };
    });
  }

  async function monthsOf(scope: OverviewScope, today: string): Promise<OverviewMonth[]> {
    const months = last12Months(today);
    const byMonth = new Map(months.map((m) => [m, zero()]));
    for (const r of await repo.byMonth(scope, months[0]!)) {
      const f = byMonth.get(r.month);
      if (f) addSums(f, r);
    }
    return months.map((month) => {
      const f = byMonth.get(month)!;
      return {
        month,
        billedCents: f.billedCents,
        unbilledCents: f.unbilledCents,
        billedMinutes: f.billedMinutes,
        unbilledMinutes: f.unbilledMinutes,
      };
    });
  }

  async function invoicesOf(scope: OverviewScope): Promise<OverviewInvoices> {
    const [totals, cancelled, lastRefreshAt] = await Promise.all([
      invoices.totalsByStatus(scope),
      invoices.cancelled(scope),
      invoices.lastCheckedAt(scope),
    ]);
    const of = (status: string | null) =>
      totals.find((t) => t.status === status) ?? { count: 0, gross_cents: 0 };
    const open = of('OPEN');
    const overdue = of('OVERDUE');
    return {
      openCents: open.gross_cents + overdue.gross_cents,
      openCount: open.count + overdue.count,
      overdueCents: overdue.gross_cents,
      overdueCount: overdue.count,
      paidCents: of('PAID').gross_cents,
      paidCount: of('PAID').count,
      draftCount: of('DRAFT').count,
      unknownCount: of(null).count,
      lastRefreshAt,
      cancelled: cancelled.map((c) => ({
        exportId: c.export_id,
        projectId: c.project_id,
        projectNumber: c.project_number,
        projectName: c.project_name,
        invoiceNumber: c.invoice_number,
        totalGrossCents: c.total_gross_cents,
        billedBookingCount: c.billed_booking_count,
      })),
    };
  }

  return {
    invoices: (user: SessionUser) => invoicesOf(scopeOf(user)),
    projects: (user: SessionUser) => projectsOf(scopeOf(user)),

    async get(user: SessionUser, now = new Date()): Promise<Overview> {
      const scope = scopeOf(user);
      const today = todayIso(now);
      const ranges = agingRanges(today);
      const [projects, months, agingRows, invoiceFigures] = await Promise.all([
        projectsOf(scope),
        monthsOf(scope, today),
        repo.aging(scope, [ranges[0]!.from!, ranges[1]!.from!, ranges[2]!.from!]),
        scope.kind === 'own' ? Promise.resolve(null) : invoicesOf(scope),
      ]);
      const totals = zero();
      for (const p of projects) add(totals, p);
      return {
        scope: scope.kind,
        today,
        totals,
        projects,
        customers: customersOf(projects),
        months,
        aging: agingOf(agingRows, new Map(projects.map((p) => [p.id, p])), today),
        invoices: invoiceFigures,
      };
    },
  };
}
