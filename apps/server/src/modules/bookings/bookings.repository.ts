import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
} from 'kysely';
import type { BookingListQuery } from '@plainstaff/contracts/bookings';
import type { Database } from '../../db/database';
import type { BookingsTable } from './bookings.tables';

export type BookingRow = Selectable<BookingsTable> & {
  project_name: string;
  project_number: string;
  task_name: string | null;
  employee_name: string;
};
export type NewBookingRow = Omit<Selectable<BookingsTable>, 'id' | 'version'>;

/** Row-level visibility: whose bookings a user may see at all. */
export type BookingScope =
  { kind: 'all' } | { kind: 'own'; userId: number } | { kind: 'managed'; userId: number };

export function bookingsRepository(db: Kysely<Database>) {
  const managedBy = (userId: number) =>
    db
      .selectFrom('project_members')
      .select('project_id')
      .where('user_id', '=', userId)
      .where('is_manager', '=', 1);

  /** One condition for both the totals and the page, so the planner can use the bookings indexes. */
  const conditions =
    (scope: BookingScope, q: Partial<BookingListQuery>) =>
    (eb: ExpressionBuilder<Database, 'bookings'>): Expression<SqlBool> => {
      const c: Expression<SqlBool>[] = [];
      if (scope.kind === 'own') c.push(eb('bookings.employee_id', '=', scope.userId));
      if (scope.kind === 'managed') {
        c.push(
          eb.or([
            eb('bookings.employee_id', '=', scope.userId),
            eb('bookings.project_id', 'in', managedBy(scope.userId)),
          ]),
        );
      }
      if (q.projectId) c.push(eb('bookings.project_id', '=', q.projectId));
      if (q.employeeId) c.push(eb('bookings.employee_id', '=', q.employeeId));
      if (q.taskId) c.push(eb('bookings.task_id', '=', q.taskId));
      if (q.from) c.push(eb('bookings.date', '>=', q.from));
      if (q.to) c.push(eb('bookings.date', '<=', q.to));
      if (q.billingState) c.push(eb('bookings.billing_state', '=', q.billingState));
      if (q.billable) c.push(eb('bookings.billable', '=', Number(q.billable)));
      return eb.and(c);
    };

  const joined = () =>
    db
      .selectFrom('bookings')
      .innerJoin('projects', 'projects.id', 'bookings.project_id')
      .innerJoin('users', 'users.id', 'bookings.employee_id')
      .leftJoin('tasks', 'tasks.id', 'bookings.task_id')
      .selectAll('bookings')
      .select([
        'projects.name as project_name',
        'projects.number as project_number',
        'tasks.name as task_name',
        'users.name as employee_name',
      ]);

  return {
    /** Count and minute total in one query, then the page with its names in a second. */
    async page(scope: BookingScope, q: BookingListQuery) {
      const totals = await db
        .selectFrom('bookings')
        .where(conditions(scope, q))
        .select((eb) => [
          eb.fn.countAll<number>().as('total'),
          sql<number>`cast(coalesce(sum(bookings.minutes), 0) as bigint)`.as('minutes'),
        ])
        .executeTakeFirstOrThrow();
      const rows = await joined()
        .where(conditions(scope, q))
        .orderBy('bookings.date', 'desc')
        .orderBy('bookings.id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return {
        rows: rows as BookingRow[],
        total: Number(totals.total),
        totalMinutes: Number(totals.minutes),
      };
    },
    findVisible: async (scope: BookingScope, id: number) =>
      (await joined().where('bookings.id', '=', id).where(conditions(scope, {})).executeTakeFirst()) as
        BookingRow | undefined,
  };
}
