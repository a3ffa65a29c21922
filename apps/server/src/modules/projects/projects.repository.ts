import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database';
import { containsPattern } from '../customers/customers.repository';
import type { ProjectsTable, ProjectMembersTable, TasksTable } from './projects.tables';

export type ProjectRow = Selectable<ProjectsTable> & { customer_name: string; customer_source: string };
export type NewProjectRow = Omit<Selectable<ProjectsTable>, 'id'>;
export type TaskRow = Selectable<TasksTable>;
export type MemberRow = Selectable<ProjectMembersTable> & { user_name: string };

export interface ProjectFilter {
  search?: string | undefined;
  status?: ProjectsTable['status'] | undefined;
  customerId?: number | undefined;
  /** Only projects this user is assigned to (employees). */
  memberId?: number | undefined;
}

export function projectsRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom('projects')
      .innerJoin('customers', 'customers.id', 'projects.customer_id')
      .selectAll('projects')
      .select(['customers.name as customer_name', 'customers.source as customer_source']);

  function filtered(f: ProjectFilter) {
    let q = db.selectFrom('projects').innerJoin('customers', 'customers.id', 'projects.customer_id');
    if (f.search) {
      const p = containsPattern(f.search);
      q = q.where((eb) =>
        eb.or(
          ['projects.number', 'projects.name', 'customers.name'].map(
            (c) => sql<boolean>`lower(${sql.ref(c)}) like ${p} escape '\\'`,
          ),
        ),
      );
    }
    if (f.status) q = q.where('projects.status', '=', f.status);
    if (f.customerId) q = q.where('projects.customer_id', '=', f.customerId);
    if (f.memberId !== undefined) q = q.where('projects.id', 'in', memberProjects(f.memberId));
    return q;
  }
  const memberProjects = (userId: number) =>
    db.selectFrom('project_members').select('project_id').where('user_id', '=', userId);

  return {
    async page(f: ProjectFilter, page: number, pageSize: number) {
      const { total } = await filtered(f)
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await filtered(f)
        .selectAll('projects')
        .select(['customers.name as customer_name', 'customers.source as customer_source'])
        .orderBy('projects.number')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { rows: rows as ProjectRow[], total: Number(total) };
    },
    findById: async (id: number) =>
      (await base().where('projects.id', '=', id).executeTakeFirst()) as ProjectRow | undefined,
    findByNumber: (number: string) =>
      db.selectFrom('projects').select('id').where('number', '=', number).executeTakeFirst(),
    running: (memberId: number | undefined) => {
      let q = base().where('projects.status', '=', 'running');
      if (memberId !== undefined) q = q.where('projects.id', 'in', memberProjects(memberId));
      return q.orderBy('projects.number').execute() as Promise<ProjectRow[]>;
    },
    tasksOf: (projectIds: number[]) =>
      projectIds.length === 0
        ? Promise.resolve([] as TaskRow[])
        : db
            .selectFrom('tasks')
            .selectAll()
            .where('project_id', 'in', projectIds)
            .orderBy('position')
            .orderBy('id')
            .execute(),
    membersOf: (projectId: number): Promise<MemberRow[]> =>
      db
        .selectFrom('project_members')
        .innerJoin('users', 'users.id', 'project_members.user_id')
        .selectAll('project_members')
        .select('users.name as user_name')
        .where('project_id', '=', projectId)
        .orderBy('users.name')
        .execute(),
    member: (projectId: number, userId: number) =>
      db
        .selectFrom('project_members')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    managedProjectIds: async (userId: number) =>
      (
        await db
          .selectFrom('project_members')
          .select('project_id')
          .where('user_id', '=', userId)
          .where('is_manager', '=', 1)
          .execute()
      ).map((r) => r.project_id),
  };
}
