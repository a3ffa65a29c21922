import { formatBasisPointsDe, formatHundredthsDe } from '@plainstaff/contracts/money';
import type { Project, ProjectFormValues, ProjectInput } from '@plainstaff/contracts/projects';

/** The form holds what a user types ("95,50", "19,5", "7,5"); the schema turns it into integers. */
export interface TaskRow {
  id?: number;
  name: string;
  rateCents: string;
  budgetMinutes: string;
}
export interface MemberRow {
  userId: number;
  rateCents: string;
  isManager: boolean;
}
export type ProjectFormState = Omit<ProjectFormValues, 'tasks' | 'members'> & {
  tasks: TaskRow[];
  members: MemberRow[];
};

const money = (cents: number | null) => (cents === null ? '' : formatHundredthsDe(cents));
// Budget hours are typed without thousands dots ("1200,5"), as the budget field expects.
const hours = (minutes: number | null) =>
  minutes === null ? '' : String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');

export function toFormState(project: Project | null): ProjectFormState {
  return {
    number: project?.number ?? '',
    name: project?.name ?? '',
    description: project?.description ?? '',
    customerId: project?.customerId ?? 0,
    status: project?.status ?? 'planned',
    currency: project?.currency ?? 'EUR',
    vatOverrideBp: project?.vatOverrideBp == null ? '' : formatBasisPointsDe(project.vatOverrideBp),
    startDate: project?.startDate ?? '',
    budgetType: project?.budgetType ?? 'none',
    budgetMinutes: hours(project?.budgetMinutes ?? null),
    budgetCents: money(project?.budgetCents ?? null),
    hourlyRateCents: money(project?.hourlyRateCents ?? null),
    noTasks: project?.noTasks ?? false,
    tasks: (project?.tasks ?? []).map((t) => ({
      id: t.id,
      name: t.name,
      rateCents: money(t.rateCents),
      budgetMinutes: hours(t.budgetMinutes),
    })),
    members: (project?.members ?? []).map((m) => ({
      userId: m.userId,
      rateCents: money(m.rateCents),
      isManager: m.isManager,
    })),
  };
}

/** Only the budget of the chosen kind is sent. */
export function toRequest(input: ProjectInput): ProjectInput {
  return {
    ...input,
    budgetMinutes: input.budgetType === 'hours' ? input.budgetMinutes : null,
    budgetCents: input.budgetType === 'amount' ? input.budgetCents : null,
  };
}

export const GENERAL_FIELDS = [
  'number',
  'name',
  'description',
  'customerId',
  'status',
  'currency',
  'vatOverrideBp',
  'startDate',
  'budgetType',
  'budgetMinutes',
  'budgetCents',
  'hourlyRateCents',
  'noTasks',
] as const;
export const ALL_FIELDS = [...GENERAL_FIELDS, 'tasks', 'members'] as const;
