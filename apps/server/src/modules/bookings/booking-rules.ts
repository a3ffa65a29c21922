import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { RateSource } from '@plainstaff/contracts/bookings';
import { formatDateDe } from '@plainstaff/billing/dates';
import type { Database } from '../../db/database';
import { AppError, fieldError, type ErrorCode } from '../../errors';
import { checkBudget } from './booking-budget';
import { resolveRate } from './booking-rates';
import type { BookingRow } from './bookings.repository';

export interface BookingTarget {
  projectId: number;
  taskId: number | null;
  employeeId: number;
  date: string;
  minutes: number;
  billable: boolean;
  /** null: take the rate from the hierarchy. */
  rateCents: number | null;
  /** Keep this snapshot instead (an edit that touches neither project, task, employee nor rate). */
  keep?: { rateCents: number | null; rateSource: RateSource };
}

const ruleError = (code: ErrorCode, field: string, message: string) =>
  new AppError(code, message, [{ field, message }]);

async function checkEmployee(
  db: Kysely<Database>,
  actor: SessionUser,
  t: BookingTarget,
  managesProject: boolean,
) {
  if (t.employeeId !== actor.id) {
    if (actor.role === 'employee' || (actor.role === 'manager' && !managesProject)) {
      throw ruleError('FORBIDDEN', 'employeeId', 'Sie können nur für sich selbst buchen.');
    }
  }
  const employee = await db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', t.employeeId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!employee) throw fieldError('employeeId', 'Diesen Mitarbeiter gibt es nicht.');
  return employee;
}

async function checkTask(db: Kysely<Database>, t: BookingTarget, noTasks: boolean): Promise<void> {
  if (noTasks) {
    if (t.taskId !== null)
      throw ruleError('TASK_NOT_ALLOWED', 'taskId', 'Dieses Projekt verwendet keine Aufgaben.');
    return;
  }
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'archived'])
    .where('project_id', '=', t.projectId)
    .execute();
  if (t.taskId === null) {
    if (tasks.some((x) => x.archived === 0))
      throw ruleError('TASK_REQUIRED', 'taskId', 'Bitte eine Aufgabe wählen.');
    return;
  }
  if (!tasks.some((x) => x.id === t.taskId && x.archived === 0)) {
    throw ruleError('TASK_NOT_IN_PROJECT', 'taskId', 'Die Aufgabe gehört nicht zu diesem Projekt.');
  }
}

/**
 * Every rule a booking must satisfy, checked against the state inside the caller's transaction.
 * `existing` is the booking being edited (its share of the budget is not counted twice).
 */
export async function checkBooking(
  db: Kysely<Database>,
  actor: SessionUser,
  t: BookingTarget,
  existing?: BookingRow,
): Promise<{ rateCents: number | null; rateSource: RateSource }> {
  const project = await db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', t.projectId)
    .executeTakeFirst();
  if (!project) throw fieldError('projectId', 'Dieses Projekt gibt es nicht.');
  const members = await db
    .selectFrom('project_members')
    .selectAll()
    .where('project_id', '=', t.projectId)
    .execute();
  const managesProject = members.some((m) => m.user_id === actor.id && m.is_manager === 1);
  const employee = await checkEmployee(db, actor, t, managesProject);

  // Admins may correct bookings on projects that are no longer running; nobody creates new ones there.
  if (project.status !== 'running' && !(existing && actor.role === 'admin')) {
    throw ruleError(
      'PROJECT_NOT_RUNNING',
      'projectId',
      'Auf dieses Projekt kann nicht gebucht werden, weil es nicht läuft.',
    );
  }
  if (project.start_date && t.date < project.start_date) {
    const message = `Das Projekt beginnt am ${formatDateDe(project.start_date)}. Bitte ein Datum ab dann wählen.`;
    throw ruleError('BOOKING_BEFORE_START', 'date', message);
  }
  if (employee.role !== 'admin' && !members.some((m) => m.user_id === t.employeeId)) {
    const own = t.employeeId === actor.id;
    const message = own
      ? 'Sie sind diesem Projekt nicht zugeordnet.'
      : 'Der Mitarbeiter ist diesem Projekt nicht zugeordnet.';
    throw ruleError('NOT_PROJECT_MEMBER', own ? 'projectId' : 'employeeId', message);
  }
  await checkTask(db, t, project.no_tasks === 1);

  const resolved = t.keep ? null : await resolveRate(db, t);
  const rate = !resolved
    ? t.keep!
    : t.rateCents === null || t.rateCents === resolved.rateCents
      ? { rateCents: resolved.rateCents, rateSource: resolved.source as RateSource }
      : { rateCents: t.rateCents, rateSource: 'manual' as const };
  await checkBudget(db, project, { ...t, rateCents: rate.rateCents }, existing);
  return rate;
}
