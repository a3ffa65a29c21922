import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ExportFilter, ExportSelection } from '@plainstaff/contracts/export-selection';

// The export selection as SQL (PRODUCT §2.3, issue 18): the grid's filter, and on top of it which of the
// found bookings are selected. Written against a table alias so the same predicate serves the grid's
// SELECT (`b`), the totals and preview aggregates and the claim's UPDATE (`bookings`).

// Any query's builder: the predicates name their columns through the alias, not the query's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Eb = ExpressionBuilder<any, any>;
const col = (alias: string, name: string) => sql.ref(`${alias}.${name}`);

/** The filter: project, period, employees, tasks (incl. "none"), billing state. */
export function filterWhere(eb: Eb, alias: string, projectId: number, f: ExportFilter): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [eb(col(alias, 'project_id'), '=', projectId)];
  if (f.from) parts.push(eb(col(alias, 'date'), '>=', f.from));
  if (f.to) parts.push(eb(col(alias, 'date'), '<=', f.to));
  if (f.employeeIds.length) parts.push(eb(col(alias, 'employee_id'), 'in', f.employeeIds));
  if (f.taskIds.length) {
    const ids = f.taskIds.filter((t): t is number => t !== 'none');
    const or: Expression<SqlBool>[] = [];
    if (ids.length) or.push(eb(col(alias, 'task_id'), 'in', ids));
    if (f.taskIds.includes('none')) or.push(eb(col(alias, 'task_id'), 'is', null));
    parts.push(eb.or(or));
  }
  if (f.state === 'open') parts.push(eb(col(alias, 'billing_state'), '=', 'open'));
  if (f.state === 'billed') parts.push(eb(col(alias, 'billing_state'), '=', 'billed'));
  return eb.and(parts);
}

/** Only open, billable bookings can be selected, whatever the lists say. */
export function selectableWhere(eb: Eb, alias: string): Expression<SqlBool> {
  return eb.and([eb(col(alias, 'billing_state'), '=', 'open'), eb(col(alias, 'billable'), '=', 1)]);
}

/** Which of the filtered bookings the lists pick: all but the excluded, or only the included. */
export function listsWhere(eb: Eb, alias: string, s: ExportSelection): Expression<SqlBool> {
  if (s.mode === 'only')
    return s.included.length ? eb(col(alias, 'id'), 'in', s.included) : sql<SqlBool>`1 = 0`;
  return s.excluded.length ? eb(col(alias, 'id'), 'not in', s.excluded) : sql<SqlBool>`1 = 1`;
}

/** The selected bookings: filter ∧ lists ∧ selectable. */
export function selectionWhere(
  eb: Eb,
  alias: string,
  projectId: number,
  s: ExportSelection,
): Expression<SqlBool> {
  return eb.and([
    filterWhere(eb, alias, projectId, s.filter),
    listsWhere(eb, alias, s),
    selectableWhere(eb, alias),
  ]);
}

/** "2026-06-30,4711" → the grid order's key. */
export function parseCursor(cursor: string): { date: string; id: number } {
  const [date, id] = cursor.split(',');
  return { date: date!, id: Number(id) };
}
export const cursorOf = (row: { date: string; id: number }) => `${row.date},${row.id}`;

/** (date, id) compared with a cursor in the grid order (a row value: SQLite and PostgreSQL alike). */
export function cursorWhere(alias: string, op: '>' | '<' | '>=' | '<=', cursor: string): Expression<SqlBool> {
  const { date, id } = parseCursor(cursor);
  return sql<SqlBool>`(${col(alias, 'date')}, ${col(alias, 'id')}) ${sql.raw(op)} (${date}, ${id})`;
}
