import type { Project, ProjectListItem, ProjectSummary, Task } from '@plainstaff/contracts/projects';
import type { SummaryRow } from './project-summary.repository';
import type { MemberRow, ProjectRow, TaskRow } from './projects.repository';

const emptySummary = (projectId: number): SummaryRow => ({
  project_id: projectId,
  booked_minutes: 0,
  billed_minutes: 0,
  invoiced_cents: 0,
  unbilled_minutes: 0,
  unbilled_cents: 0,
  billable_cents: 0,
});

const percent = (used: number, budget: number) => Math.round((used / budget) * 1000) / 10;

export function toSummary(project: ProjectRow, row: SummaryRow | undefined): ProjectSummary {
  const s = row ?? emptySummary(project.id);
  const booked = Number(s.booked_minutes);
  const billableCents = Number(s.billable_cents);
  let budgetUsedPercent: number | null = null;
  if (project.budget_type === 'hours' && project.budget_minutes) {
    budgetUsedPercent = percent(booked, Number(project.budget_minutes));
  } else if (project.budget_type === 'amount' && project.budget_cents) {
    budgetUsedPercent = percent(billableCents, Number(project.budget_cents));
  }
  return {
    bookedMinutes: booked,
    billedMinutes: Number(s.billed_minutes),
    invoicedCents: Number(s.invoiced_cents),
    unbilledMinutes: Number(s.unbilled_minutes),
    unbilledCents: Number(s.unbilled_cents),
    budgetUsedPercent,
    // Filled in by the exports issue (the last created invoice).
    lastInvoiceDate: null,
  };
}

const nullableNumber = (v: number | null) => (v === null ? null : Number(v));

export function toListItem(row: ProjectRow, summary: SummaryRow | undefined): ProjectListItem {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerLinked: row.customer_source === 'billomat',
    status: row.status,
    currency: row.currency,
    vatOverrideBp: row.vat_override_bp,
    startDate: row.start_date,
    budgetType: row.budget_type,
    budgetMinutes: nullableNumber(row.budget_minutes),
    budgetCents: nullableNumber(row.budget_cents),
    hourlyRateCents: nullableNumber(row.hourly_rate_cents),
    noTasks: row.no_tasks === 1,
    summary: toSummary(row, summary),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toTask(row: TaskRow, bookedMinutes: number | undefined): Task {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    rateCents: nullableNumber(row.rate_cents),
    budgetMinutes: nullableNumber(row.budget_minutes),
    bookedMinutes: bookedMinutes ?? 0,
  };
}

export function toProject(
  row: ProjectRow,
  summary: SummaryRow | undefined,
  tasks: Task[],
  members: MemberRow[],
): Project {
  return {
    ...toListItem(row, summary),
    description: row.description,
    tasks,
    members: members.map((m) => ({
      userId: m.user_id,
      userName: m.user_name,
      rateCents: nullableNumber(m.rate_cents),
      isManager: m.is_manager === 1,
    })),
  };
}
