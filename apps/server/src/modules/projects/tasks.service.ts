import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { Task, TaskBody } from '@plainstaff/contracts/projects';
import type { Database } from '../../db/database';
import { AppError, fieldError } from '../../errors';
import { projectAccess } from './project-access';
import { taskMinutesFor } from './project-summary.repository';
import { toTask } from './projects.mapper';
import { projectsRepository } from './projects.repository';

export function tasksService(db: Kysely<Database>) {
  const repo = projectsRepository(db);
  const access = projectAccess(db);

  async function listOf(projectId: number): Promise<Task[]> {
    const [tasks, minutes] = await Promise.all([repo.tasksOf([projectId]), taskMinutesFor(db, [projectId])]);
    return tasks.map((t) => toTask(t, minutes.get(t.id)));
  }
  async function checkName(projectId: number, name: string, taskId: number | null): Promise<void> {
    const same = (await repo.tasksOf([projectId])).find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (same && same.id !== taskId) throw fieldError('name', 'TASK_NAME_TAKEN');
  }
  const row = (t: TaskBody) => ({ name: t.name, rate_cents: t.rateCents, budget_minutes: t.budgetMinutes });
  const one = async (projectId: number, taskId: number) =>
    (await listOf(projectId)).find((t) => t.id === taskId)!;

  return {
    async list(user: SessionUser, projectId: number): Promise<Task[]> {
      await access.visible(user, projectId);
      return listOf(projectId);
    },
    async create(user: SessionUser, projectId: number, input: TaskBody): Promise<Task> {
      await access.editable(user, projectId);
      await checkName(projectId, input.name, null);
      const position = (await repo.tasksOf([projectId])).length;
      const { id } = await db
        .insertInto('tasks')
        .values({ ...row(input), project_id: projectId, position })
        .returning('id')
        .executeTakeFirstOrThrow();
      return one(projectId, id);
    },
    async update(user: SessionUser, projectId: number, taskId: number, input: TaskBody): Promise<Task> {
      await access.editable(user, projectId);
      const tasks = await repo.tasksOf([projectId]);
      if (!tasks.some((t) => t.id === taskId)) throw new AppError('NOT_FOUND', { context: 'task' });
      await checkName(projectId, input.name, taskId);
      await db.updateTable('tasks').set(row(input)).where('id', '=', taskId).execute();
      return one(projectId, taskId);
    },
  };
}
