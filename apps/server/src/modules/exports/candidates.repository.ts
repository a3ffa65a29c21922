import type { Kysely } from 'kysely';
import type { ExportCandidatesQuery } from '@plainstaff/contracts/exports';
import type { Database } from '../../db/database';

/** Parameters per statement stay well below SQLite's and PostgreSQL's limits. */
export const CHUNK = 5000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const ids = (csv: string) => csv.split(',').map(Number);

export function candidatesRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom('bookings as b')
      .innerJoin('users as u', 'u.id', 'b.employee_id')
      .leftJoin('tasks as t', 't.id', 'b.task_id')
      .select([
        'b.id',
        'b.project_id',
        'b.date',
        'b.minutes',
        'b.rate_cents',
        'b.rate_source',
        'b.comment',
        'b.billable',
        'b.billing_state',
        'b.export_id',
        'b.invoice_number',
        'b.version',
        'b.employee_id',
        'u.name as employee_name',
        'b.task_id',
        't.name as task_name',
      ]);

  return {
    /** All filtered bookings of a project for the grid, in one query (bookings_project_date_idx). */
    list(projectId: number, q: ExportCandidatesQuery) {
      let query = base().where('b.project_id', '=', projectId);
      if (q.from) query = query.where('b.date', '>=', q.from);
      if (q.to) query = query.where('b.date', '<=', q.to);
      if (q.employeeIds) query = query.where('b.employee_id', 'in', ids(q.employeeIds));
      if (q.taskIds) {
        const list = q.taskIds.split(',');
        const taskIds = list.filter((x) => x !== 'none').map(Number);
        const none = list.includes('none');
        query = query.where((eb) =>
          eb.or([
            ...(taskIds.length ? [eb('b.task_id', 'in', taskIds)] : []),
            ...(none ? [eb('b.task_id', 'is', null)] : []),
          ]),
        );
      }
      if (q.state !== 'all') query = query.where('b.billing_state', '=', q.state);
      if (q.billable === '1') query = query.where('b.billable', '=', 1);
      return query.orderBy('b.date').orderBy('b.id').execute();
    },
    /** The selected bookings, whatever their project or state (the caller judges them). */
    async selection(bookingIds: readonly number[]) {
      const rows = [];
      for (const part of chunks(bookingIds)) {
        rows.push(...(await base().where('b.id', 'in', part).execute()));
      }
      return rows;
    },
  };
}

export type CandidateRow = Awaited<ReturnType<ReturnType<typeof candidatesRepository>['list']>>[number];
