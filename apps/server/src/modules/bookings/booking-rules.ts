import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { RateSource } from '@plainstaff/contracts/bookings';
import { date } from '@plainstaff/contracts/messages';
import type { Database } from '../../db/database';
import { fieldError, ruleError } from '../../errors';
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

async function checkEmployee(
  db: Kysely<Database>,
  actor: SessionUser,
  t: BookingTarget,
  managesProject: boolean,
) {
  if (t.employeeId !== actor.id) {
    if (actor.role === 'employee' || (actor.role === 'manager' && !managesProject)) {
      throw ruleError('FORBIDDEN', 'employeeId', { context: 'bookSelf' });
    }
  }
  const employee = await db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', t.employeeId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!employee) throw fieldError('employeeId', 'NOT_FOUND', { context: 'employee' });
  return employee;
}

async function checkTask(db: Kysely<Database>, t: BookingTarget, noTasks: boolean): Promise<void> {
  if (noTasks) {
    if (t.taskId !== null) throw ruleError('TASK_NOT_ALLOWED', 'taskId');
    return;
  }
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'archived'])
    .where('project_id', '=', t.projectId)
    .execute();
  if (t.taskId === null) {
    if (tasks.some((x) => x.archived === 0)) throw ruleError('TASK_REQUIRED', 'taskId');
    return;
  }
  if (!tasks.some((x) => x.id === t.taskId && x.archived === 0)) {
    throw ruleError('TASK_NOT_IN_PROJECT', 'taskId');
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
  if (!project) throw fieldError('projectId', 'NOT_FOUND', { context: 'project' });
  const members = await db
    .selectFrom('project_members')
    .selectAll()
    .where('project_id', '=', t.projectId)
    .execute();
  const managesProject = members.some((m) => m.user_id === actor.id && m.is_manager === 1);
  const employee = await checkEmployee(db, actor, t, managesProject);

  // Admins may correct bookings on projects that are no longer running; nobody creates new ones there.
  if (project.status !== 'running' && !(existing && actor.role === 'admin')) {
    throw ruleError('PROJECT_NOT_RUNNING', 'projectId');
  }
  if (project.start_date && t.date < project.start_date) {
    throw ruleError('BOOKING_BEFORE_START', 'date', { date: date(project.start_date) });
  }
  if (employee.role !== 'admin' && !members.some((m) => m.user_id === t.employeeId)) {
    const own = t.employeeId === actor.id;
    throw ruleError('NOT_PROJECT_MEMBER', own ? 'projectId' : 'employeeId', own ? { context: 'self' } : {});
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
