import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type {
  AgingRow,
  Overview,
  OverviewCustomer,
  OverviewInvoices,
  OverviewMonth,
  OverviewProject,
} from '@plainstaff/contracts/overview';
import type { Database } from '../../db/database';
import { agingRanges, last12Months, todayIso } from './overview.dates';
import { invoiceStatusRepository } from './invoice-status.repository';
import { addSums, MixedFigures, zeroFlat, type FlatFigures } from './overview.money';
import { overviewRepository, type AgingQueryRow, type ProjectInfoRow } from './overview.repository';
import { scopeOf, type OverviewScope } from './overview.scope';

// Same rule as the project summary (projects.mapper): hours budget vs booked time, amount budget vs the
// billable amount, one decimal.
const percent = (used: number, budget: number) => Math.round((used / budget) * 1000) / 10;
function budgetUse(p: ProjectInfoRow, f: FlatFigures): number | null {
  if (p.budget_type === 'hours' && p.budget_minutes) return percent(f.bookedMinutes, p.budget_minutes);
  if (p.budget_type === 'amount' && p.budget_cents) return percent(f.billableCents, p.budget_cents);
  return null;
}

function customersOf(projects: OverviewProject[]): OverviewCustomer[] {
  type CustomerInfo = Pick<OverviewCustomer, 'id' | 'name' | 'projectCount' | 'lastInvoiceDate'>;
  const byId = new Map<number, { c: CustomerInfo; sums: MixedFigures }>();
  for (const p of projects) {
    let entry = byId.get(p.customerId);
    if (!entry) {
      entry = {
        c: { id: p.customerId, name: p.customerName, projectCount: 0, lastInvoiceDate: null },
        sums: new MixedFigures(),
      };
      byId.set(p.customerId, entry);
    }
    entry.c.projectCount += 1;
    entry.sums.add(p.currency, p);
    if (p.lastInvoiceDate && (!entry.c.lastInvoiceDate || p.lastInvoiceDate > entry.c.lastInvoiceDate))
      entry.c.lastInvoiceDate = p.lastInvoiceDate;
  }
  return [...byId.values()]
    .map(({ c, sums }): OverviewCustomer => ({ ...c, ...sums.figures() }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

function agingOf(rows: AgingQueryRow[], projects: Map<number, OverviewProject>, today: string): AgingRow[] {
  const ranges = agingRanges(today);
  const rowsByKey = new Map<string, AgingRow>();
  for (const r of rows) {
    const p = projects.get(r.project_id);
    if (!p || r.minutes === 0) continue;
    const key = `${p.customerId}|${p.currency}`;
    let row = rowsByKey.get(key);
    if (!row) {
      row = {
        customerId: p.customerId,
        customerName: p.customerName,
        currency: p.currency,
        totalMinutes: 0,
        totalCents: 0,
        buckets: ranges.map((x) => ({ ...x, minutes: 0, cents: 0, projects: [] })),
      };
      rowsByKey.set(key, row);
    }
    const cell = row.buckets[r.bucket]!;
    cell.minutes += r.minutes;
    cell.cents += r.cents;
    cell.projects.push({ id: p.id, number: p.number, name: p.name, minutes: r.minutes, cents: r.cents });
    row.totalMinutes += r.minutes;
    row.totalCents += r.cents;
  }
  for (const row of rowsByKey.values())
    for (const cell of row.buckets) cell.projects.sort((a, b) => a.number.localeCompare(b.number));
  return [...rowsByKey.values()].sort(
    (a, b) => a.customerName.localeCompare(b.customerName, 'de') || a.currency.localeCompare(b.currency),
  );
}

export function overviewService(db: Kysely<Database>) {
  const repo = overviewRepository(db);
  const invoices = invoiceStatusRepository(db);

  async function projectsOf(scope: OverviewScope): Promise<OverviewProject[]> {
    const byProject = new Map<number, FlatFigures>();
    for (const r of await repo.byProject(scope)) {
      const f = byProject.get(r.project_id) ?? zeroFlat();
      addSums(f, r);
      byProject.set(r.project_id, f);
    }
    const [infos, invoiced] = await Promise.all([
      repo.projects(scope, [...byProject.keys()]),
      scope.kind === 'own' ? null : invoices.invoicedByProject(scope),
    ]);
    const lastInvoice = await invoices.lastInvoiceDates(infos.map((p) => p.id));
    return infos.map((p) => {
      const { billedRuleCents, ...f } = byProject.get(p.id) ?? zeroFlat();
      return {
        id: p.id,
        number: p.number,
        name: p.name,
        customerId: p.customer_id,
        customerName: p.customer_name,
        currency: p.currency,
        ...f,
        // An employee sees no invoices: his "Abgerechnet" is his billed hours under the billing rule.
        invoicedCents: invoiced ? (invoiced.get(p.id) ?? 0) : billedRuleCents,
        // An employee sees only his own share, which says nothing about the project's budget.
        budgetUsedPercent: scope.kind === 'own' ? null : budgetUse(p, { billedRuleCents, ...f }),
        lastInvoiceDate: lastInvoice.get(p.id) ?? null,
      };
    });
  }

  async function monthsOf(scope: OverviewScope, today: string): Promise<OverviewMonth[]> {
    const months = last12Months(today);
    const byMonth = new Map(months.map((m) => [m, { minutes: zeroFlat(), money: new Map() }]));
    const money = (month: string, currency: string) => {
      const m = byMonth.get(month)!.money as Map<string, { invoicedCents: number; unbilledCents: number }>;
      const entry = m.get(currency) ?? { invoicedCents: 0, unbilledCents: 0 };
      m.set(currency, entry);
      return entry;
    };
    for (const r of await repo.byMonth(scope, months[0]!)) {
      const slot = byMonth.get(r.month);
      if (!slot) continue;
      const f = zeroFlat();
      addSums(f, r);
      addSums(slot.minutes, r);
      money(r.month, r.currency).unbilledCents += f.unbilledCents;
      if (scope.kind === 'own') money(r.month, r.currency).invoicedCents += f.billedRuleCents;
    }
    if (scope.kind !== 'own') {
      for (const r of await invoices.invoicedByMonth(scope, months[0]!))
        if (byMonth.has(r.month)) money(r.month, r.currency).invoicedCents += r.cents;
    }
    return months.map((month) => {
      const slot = byMonth.get(month)!;
      const entries = [...(slot.money as Map<string, { invoicedCents: number; unbilledCents: number }>)]
        .map(([currency, m]) => ({ currency, ...m }))
        .sort((a, b) => a.currency.localeCompare(b.currency));
      return {
        month,
        billedMinutes: slot.minutes.billedMinutes,
        unbilledMinutes: slot.minutes.unbilledMinutes,
        money: entries,
      };
    });
  }

  async function invoicesOf(scope: OverviewScope): Promise<OverviewInvoices> {
    const [totals, cancelled, lastRefreshAt] = await Promise.all([
      invoices.totalsByStatus(scope),
      invoices.cancelled(scope),
      invoices.lastCheckedAt(scope),
    ]);
    const count = (...statuses: (string | null)[]) =>
      totals.filter((t) => statuses.includes(t.status)).reduce((n, t) => n + t.count, 0);
    const amounts = new Map<
      string,
      { currency: string; openCents: number; overdueCents: number; paidCents: number }
    >();
    for (const t of totals) {
      const a = amounts.get(t.currency) ?? {
        currency: t.currency,
        openCents: 0,
        overdueCents: 0,
        paidCents: 0,
      };
      if (t.status === 'OPEN' || t.status === 'OVERDUE') a.openCents += t.gross_cents;
      if (t.status === 'OVERDUE') a.overdueCents += t.gross_cents;
      if (t.status === 'PAID') a.paidCents += t.gross_cents;
      amounts.set(t.currency, a);
    }
    return {
      amounts: [...amounts.values()]
        .filter((a) => a.openCents > 0 || a.paidCents > 0)
        .sort((a, b) => a.currency.localeCompare(b.currency)),
      openCount: count('OPEN', 'OVERDUE'),
      overdueCount: count('OVERDUE'),
      paidCount: count('PAID'),
      draftCount: count('DRAFT'),
      unknownCount: count(null),
      lastRefreshAt,
      cancelled: cancelled.map((c) => ({
        exportId: c.export_id,
        projectId: c.project_id,
        projectNumber: c.project_number,
        projectName: c.project_name,
        invoiceNumber: c.invoice_number,
        currency: c.currency,
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
      const totals = new MixedFigures();
      for (const p of projects) totals.add(p.currency, p);
      return {
        scope: scope.kind,
        today,
        totals: totals.figures(),
        projects,
        customers: customersOf(projects),
        months,
        aging: agingOf(agingRows, new Map(projects.map((p) => [p.id, p])), today),
        invoices: invoiceFigures,
      };
    },
  };
}
