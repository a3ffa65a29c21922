import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { projectsRepository, type ProjectRow } from './projects.repository';

// Who may see and change a project: admins everything, managers see all and change the projects they
// manage, employees see the projects they are assigned to.
export function projectAccess(db: Kysely<Database>) {
  const repo = projectsRepository(db);
  const notFound = () => new AppError('NOT_FOUND', { context: 'project' });

  return {
    async visible(user: SessionUser, id: number): Promise<ProjectRow> {
      const row = await repo.findById(id);
      if (!row) throw notFound();
      if (user.role === 'employee' && !(await repo.member(id, user.id))) throw notFound();
      return row;
    },
    async editable(user: SessionUser, id: number): Promise<ProjectRow> {
      const row = await repo.findById(id);
      if (!row) throw notFound();
      if (user.role === 'admin') return row;
      const member = await repo.member(id, user.id);
      if (user.role === 'manager' && member?.is_manager === 1) return row;
      throw new AppError('FORBIDDEN', { context: 'manageProject' });
    },
  };
}
