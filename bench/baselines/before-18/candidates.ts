import type { Kysely } from 'kysely';
import { billBooking } from '@plainstaff/billing';
import type { Database } from '@plainstaff/server/src/db/database';

// BASELINE, not product code: how the export page read bookings BEFORE issue 18, copied from
// `git show 671f99b:apps/server/src/modules/exports/candidates.repository.ts` (and `toCandidate` of
// exports.mapper.ts). The grid loaded every filtered booking at once; the preview and the export read
// the selection back by id, 5,000 ids per statement. Left out: the period/employee/task filters, which
// the benchmarks do not use.

/** Parameters per statement stay well below SQLite's and PostgreSQL's limits. */
export const CHUNK = 5000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

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
    list(projectId: number, q: { state: 'open' | 'billed' | 'all'; billable: '1' | 'all' }) {
      let query = base().where('b.project_id', '=', projectId);
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

export interface Candidate {
  id: number;
  date: string;
  employeeId: number;
  employeeName: string;
  taskId: number | null;
  taskName: string | null;
  minutes: number;
  rateCents: number | null;
  amountCents: number | null;
  comment: string;
  billable: boolean;
  billingState: 'open' | 'reserved' | 'billed';
  invoiceNumber: string | null;
}

export function toCandidate(r: CandidateRow): Candidate {
  const rate = r.rate_cents === null ? null : Number(r.rate_cents);
  return {
    id: r.id,
    date: r.date,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    taskId: r.task_id,
    taskName: r.task_name,
    minutes: r.minutes,
    rateCents: rate,
    // The billing rule without increment: what the booking bills as a line of its own.
    amountCents: billBooking(r.minutes, rate, 0).amountCents,
    comment: r.comment,
    billable: r.billable === 1,
    billingState: r.billing_state,
    invoiceNumber: r.invoice_number,
  };
}

/**
 * "Alle auswählen" before issue 18 ran in the browser over the loaded list (the web app's
 * selection-store.ts at 671f99b): a Set of every selectable id plus running sums.
 */
export function selectAllInBrowser(rows: readonly Candidate[]) {
  const ids = new Set<number>();
  let minutes = 0;
  let cents = 0;
  for (const r of rows) {
    if (r.billingState !== 'open' || !r.billable || ids.has(r.id)) continue;
    ids.add(r.id);
    minutes += r.minutes;
    cents += r.amountCents ?? 0;
  }
  return { count: ids.size, minutes, cents };
}
