import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { BookableProject, RateSuggestion } from '@plainstaff/contracts/bookings';
import type { Database } from '../../db/database';
import { fieldError, ruleError } from '../../errors';
import { projectAccess } from '../projects/project-access';
import { summariesFor } from '../projects/project-summary.repository';
import { projectsRepository } from '../projects/projects.repository';
import { resolveRate, suggestionOf } from './booking-rates';

export function bookableService(db: Kysely<Database>) {
  const projects = projectsRepository(db);
  const access = projectAccess(db);

  return {
    /** Running projects the user is assigned to (admins: all running), with tasks and budget left: 3 queries. */
    async projects(user: SessionUser): Promise<BookableProject[]> {
      const rows = await projects.running(user.role === 'admin' ? undefined : user.id);
      const ids = rows.map((r) => r.id);
      const [tasks, summaries] = await Promise.all([projects.tasksOf(ids), summariesFor(db, ids)]);
      return rows.map((p) => {
        const s = summaries.get(p.id);
        return {
          id: p.id,
          number: p.number,
          name: p.name,
          customerName: p.customer_name,
          noTasks: p.no_tasks === 1,
          startDate: p.start_date,
          tasks:
            p.no_tasks === 1
              ? []
              : tasks
                  .filter((t) => t.project_id === p.id && t.archived === 0)
                  .map((t) => ({ id: t.id, name: t.name })),
          remainingMinutes:
            p.budget_type === 'hours' ? Number(p.budget_minutes) - Number(s?.booked_minutes ?? 0) : null,
          remainingCents:
            p.budget_type === 'amount' ? Number(p.budget_cents) - Number(s?.billable_cents ?? 0) : null,
        };
      });
    },
    async rateSuggestion(
      user: SessionUser,
      q: { projectId: number; taskId?: number | undefined; employeeId?: number | undefined },
    ): Promise<RateSuggestion> {
      const employeeId = q.employeeId ?? user.id;
      if (employeeId !== user.id && user.role === 'employee') {
        throw ruleError('FORBIDDEN', 'employeeId', { context: 'ownRates' });
      }
      await access.visible(user, q.projectId);
      if (q.taskId !== undefined) {
        const tasks = await projects.tasksOf([q.projectId]);
        if (!tasks.some((t) => t.id === q.taskId)) {
          throw fieldError('taskId', 'TASK_NOT_IN_PROJECT');
        }
      }
      return suggestionOf(
        await resolveRate(db, { projectId: q.projectId, taskId: q.taskId ?? null, employeeId }),
      );
    },
  };
}
