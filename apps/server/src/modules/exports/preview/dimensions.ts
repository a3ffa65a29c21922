import { sql, type RawBuilder } from 'kysely';
import { groupKeyOf, isPerBooking, type LineOptions } from '@plainstaff/billing';

// The invoice-line grouping (packages/billing's groupKeyOf) as SQL: which columns a group is keyed by,
// named on the bookings themselves or on a query's columns, and the key of a grouped row in JS.

export interface DimensionColumns {
  id: RawBuilder<unknown>;
  month: RawBuilder<unknown>;
  task: RawBuilder<unknown>;
  employee: RawBuilder<unknown>;
  rate: RawBuilder<unknown>;
}

export const ON_BOOKINGS: DimensionColumns = {
  id: sql`b.id`,
  month: sql`substr(b.date, 1, 7)`,
  task: sql`b.task_id`,
  employee: sql`b.employee_id`,
  rate: sql`b.rate_cents`,
};

/** The grouping dimensions, in groupKeyOf's order: the booking (no grouping), month, task, employee, rate. */
export function dimensions(o: LineOptions, on: DimensionColumns = ON_BOOKINGS): RawBuilder<unknown>[] {
  const dims: RawBuilder<unknown>[] = [];
  if (isPerBooking(o)) dims.push(on.id);
  if (o.groupByMonth) dims.push(on.month);
  if (o.groupByTask) dims.push(on.task);
  if (o.groupByEmployee) dims.push(on.employee);
  dims.push(on.rate);
  return dims;
}

export interface KeyColumns {
  id: unknown;
  month: unknown;
  task_id: unknown;
  employee_id: unknown;
  rate: unknown;
}

const num = (v: unknown) => Number(v ?? 0);

/** The group key of a row carrying the dimensions' columns (those not grouped by are ignored). */
export const keyOf = (r: KeyColumns, o: LineOptions) =>
  groupKeyOf(
    {
      id: num(r.id),
      date: `${String(r.month)}-01`,
      taskId: r.task_id === null ? null : num(r.task_id),
      employeeId: num(r.employee_id),
      rateCents: num(r.rate),
    },
    o,
  );

/** The five key columns of a grouped row: a dimension's value where the grouping uses it, else null. */
export function keyColumns(o: LineOptions, on: DimensionColumns = ON_BOOKINGS): RawBuilder<unknown> {
  const used = new Set(dimensions(o, on));
  const column = (expr: RawBuilder<unknown>, name: string) =>
    sql`${used.has(expr) ? expr : sql`null`} as ${sql.ref(name)}`;
  return sql.join([
    column(on.id, 'id'),
    column(on.month, 'month'),
    column(on.task, 'task_id'),
    column(on.employee, 'employee_id'),
    column(on.rate, 'rate'),
  ]);
}
