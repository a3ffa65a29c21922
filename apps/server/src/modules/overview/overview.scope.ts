import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type { Database } from '../../db/database';

/** Whose figures the overview shows: admins all, managers the projects they lead, employees their own hours. */
export type OverviewScope =
  { kind: 'all' } | { kind: 'managed'; managerId: number } | { kind: 'own'; employeeId: number };

export function scopeOf(user: SessionUser): OverviewScope {
  if (user.role === 'admin') return { kind: 'all' };
  if (user.role === 'manager') return { kind: 'managed', managerId: user.id };
  return { kind: 'own', employeeId: user.id };
}

/** The scope as a condition on a table that has a `project_id` (bookings, exports). */
export function projectCondition(
  db: Kysely<Database>,
  scope: OverviewScope,
  projectIdColumn: string,
): Expression<SqlBool> {
  if (scope.kind === 'managed') {
    const managed = db
      .selectFrom('project_members')
      .select('project_members.project_id')
      .where('project_members.user_id', '=', scope.managerId)
      .where('project_members.is_manager', '=', 1);
    return sql<SqlBool>`${sql.ref(projectIdColumn)} in (${managed})`;
  }
  return sql<SqlBool>`1 = 1`;
}

/** The scope as a condition on `bookings`. */
export function bookingCondition(db: Kysely<Database>, scope: OverviewScope): Expression<SqlBool> {
  if (scope.kind === 'own') return sql<SqlBool>`bookings.employee_id = ${scope.employeeId}`;
  return projectCondition(db, scope, 'bookings.project_id');
}
