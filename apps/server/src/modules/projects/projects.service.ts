import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { Project, ProjectInput, ProjectList, ProjectListQuery } from '@plainstaff/contracts/projects';
import type { Database } from '../../db/database';
import { projectAccess } from './project-access';
import { summariesFor, taskMinutesFor } from './project-summary.repository';
import { saveProject } from './project-writer';
import { toListItem, toProject, toTask } from './projects.mapper';
import { projectsRepository, type ProjectRow } from './projects.repository';

export function projectsService(db: Kysely<Database>) {
  const repo = projectsRepository(db);
  const access = projectAccess(db);

  async function full(row: ProjectRow): Promise<Project> {
    const [summaries, tasks, taskMinutes, members] = await Promise.all([
      summariesFor(db, [row.id]),
      repo.tasksOf([row.id]),
      taskMinutesFor(db, [row.id]),
      repo.membersOf(row.id),
    ]);
    const taskItems = tasks.map((t) => toTask(t, taskMinutes.get(t.id)));
    return toProject(row, summaries.get(row.id), taskItems, members);
  }

  /** A manager who creates a project leads it, so he can still edit it afterwards. */
  function withCreator(user: SessionUser, input: ProjectInput): ProjectInput {
    if (user.role !== 'manager') return input;
    const own = input.members.find((m) => m.userId === user.id);
    if (own?.isManager) return input;
    const others = input.members.filter((m) => m.userId !== user.id);
    return {
      ...input,
      members: [...others, { userId: user.id, rateCents: own?.rateCents ?? null, isManager: true }],
    };
  }

  return {
    /** One page, its total and the figures of its projects: three queries whatever the page size. */
    async list(user: SessionUser, q: ProjectListQuery): Promise<ProjectList> {
      const filter = { ...q, memberId: user.role === 'employee' ? user.id : undefined };
      const { rows, total } = await repo.page(filter, q.page, q.pageSize);
      const summaries = await summariesFor(
        db,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((r) => toListItem(r, summaries.get(r.id))),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
    get: async (user: SessionUser, id: number) => full(await access.visible(user, id)),
    async create(user: SessionUser, input: ProjectInput): Promise<Project> {
      const id = await saveProject(db, null, withCreator(user, input));
      return full((await repo.findById(id))!);
    },
    async update(user: SessionUser, id: number, input: ProjectInput): Promise<Project> {
      await access.editable(user, id);
      await saveProject(db, id, input);
      return full((await repo.findById(id))!);
    },
  };
}
