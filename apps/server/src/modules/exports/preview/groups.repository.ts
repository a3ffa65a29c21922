import { expressionBuilder, sql, type Kysely, type RawBuilder } from 'kysely';
import { groupKeyOf, isPerBooking, type LineGroup, type LineOptions } from '@plainstaff/billing';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import { billedMinutesSql, quantitySql } from '../../../db/billing-rule';
import type { Database } from '../../../db/database';
import { selectionWhere } from '../selection/predicate';

// The preview of a selection as SQL aggregates (issue 18): the selected bookings are grouped in the
// database into invoice-line groups; only those groups (and, when a template asks for them, the first
// comments of each) travel to packages/billing for texts, totals and tax. Held to the pure path of
// packages/billing by groups.property.test.ts on SQLite and PostgreSQL.

/** Larger invoices are refused: no one reads (or pays) a 100,000-line invoice. */
export const MAX_INVOICE_LINES = 1000;

/** What the claim compares: the selected, priced bookings as they were when previewed. */
export interface Fingerprint {
  count: number;
  sumId: number;
  sumVersion: number;
  sumIdVersion: number;
}

export interface GroupedSelection {
  groups: LineGroup[];
  /** Lines the grouping would produce; more than MAX_INVOICE_LINES are not returned. */
  lineCount: number;
  selectedCount: number;
  unpriced: { count: number; ids: number[] };
  fingerprint: Fingerprint;
}

const n = (v: unknown) => Number(v ?? 0);

/** A group while its rows and comments are added. */
type Building = LineGroup & { taskNames: (string | null)[]; employeeNames: string[]; comments: string[] };
const rateSourceOf = (s: string) => (s === 'manual' || s === 'none' ? 'unknown' : s);

const ON_BOOKINGS = {
  id: sql`b.id`,
  month: sql`substr(b.date, 1, 7)`,
  task: sql`b.task_id`,
  employee: sql`b.employee_id`,
  rate: sql`b.rate_cents`,
};
const ON_COLUMNS = {
  id: sql`id`,
  month: sql`month`,
  task: sql`task_id`,
  employee: sql`employee_id`,
  rate: sql`rate`,
};

/** The grouping dimensions as SQL (the same as groupKeyOf's), on bookings `b` or on named columns. */
function dimensions(o: LineOptions, on: typeof ON_BOOKINGS = ON_BOOKINGS): RawBuilder<unknown>[] {
  const dims: RawBuilder<unknown>[] = [];
  if (isPerBooking(o)) dims.push(on.id);
  if (o.groupByMonth) dims.push(on.month);
  if (o.groupByTask) dims.push(on.task);
  if (o.groupByEmployee) dims.push(on.employee);
  dims.push(on.rate);
  return dims;
}

const keyOf = (
  r: { id: number; month: string; task_id: number | null; employee_id: number; rate: number },
  o: LineOptions,
) =>
  groupKeyOf(
    { id: r.id, date: `${r.month}-01`, taskId: r.task_id, employeeId: r.employee_id, rateCents: r.rate },
    o,
  );

const usesComments = (o: { titleTemplate?: string; descriptionTemplate?: string }) =>
  [o.titleTemplate, o.descriptionTemplate].some(
    (t) => t === undefined || !t.trim() || t.includes('{kommentare}'),
  );

export async function groupSelection(
  db: Kysely<Database>,
  projectId: number,
  selection: ExportSelection,
  options: LineOptions,
): Promise<GroupedSelection> {
  const eb = expressionBuilder<Database, 'bookings'>();
  const where = selectionWhere(eb, 'b', projectId, selection);
  const dims = dimensions(options);
  const billed = billedMinutesSql(sql`b.minutes`, options.rounding);
  // One row per group × task × employee: the task and employee names a line's texts need come along.
  const { rows } = await sql<Record<string, unknown>>`
    select min(b.id) as id, substr(min(b.date), 1, 7) as month, b.task_id, b.employee_id,
      max(t.name) as task_name, max(u.name) as employee_name, b.rate_cents as rate,
      count(*) as n, sum(b.minutes) as booked, sum(${billed}) as billed,
      sum(${quantitySql(sql`b.minutes`, options.rounding)}) as quantity,
      sum(cast(${billed} as bigint) * coalesce(b.rate_cents, 0)) as exact60,
      min(b.date) as first_date, max(b.date) as last_date,
      min(b.rate_source) as source_a, max(b.rate_source) as source_b,
      sum(b.id) as sum_id, sum(b.version) as sum_version, sum(cast(b.id as bigint) * b.version) as sum_id_version
    from bookings b join users u on u.id = b.employee_id left join tasks t on t.id = b.task_id
    where ${where}
    group by ${sql.join([...dims, sql`b.task_id`, sql`b.employee_id`])}
  `.execute(db);

  const groups = new Map<string, Building>();
  const fingerprint: Fingerprint = { count: 0, sumId: 0, sumVersion: 0, sumIdVersion: 0 };
  let selectedCount = 0;
  let unpricedCount = 0;
  for (const r of rows) {
    selectedCount += n(r.n);
    if (r.rate === null) {
      unpricedCount += n(r.n);
      continue;
    }
    fingerprint.count += n(r.n);
    fingerprint.sumId += n(r.sum_id);
    fingerprint.sumVersion += n(r.sum_version);
    fingerprint.sumIdVersion += n(r.sum_id_version);
    const row = {
      id: n(r.id),
      month: String(r.month),
      task_id: r.task_id === null ? null : n(r.task_id),
      employee_id: n(r.employee_id),
      rate: n(r.rate),
    };
    const key = keyOf(row, options);
    const taskName = (r.task_name as string | null) ?? null;
    const employeeName = String(r.employee_name);
    const sources = [rateSourceOf(String(r.source_a)), rateSourceOf(String(r.source_b))];
    const g = groups.get(key);
    if (!g) {
      const perBooking = isPerBooking(options);
      groups.set(key, {
        key,
        rateCents: row.rate,
        bookingCount: n(r.n),
        firstBookingId: row.id,
        bookedMinutes: n(r.booked),
        billedMinutes: n(r.billed),
        quantityHundredths: n(r.quantity),
        exactValueTimes60: n(r.exact60),
        rateSources: [...new Set(sources)],
        firstDate: String(r.first_date),
        lastDate: String(r.last_date),
        taskNames: [taskName],
        employeeNames: [employeeName],
        comments: [],
        ...(options.groupByMonth ? { month: row.month } : {}),
        ...(options.groupByTask || perBooking ? { taskName } : {}),
        ...(options.groupByEmployee || perBooking ? { employeeName } : {}),
      });
      continue;
    }
    g.bookingCount += n(r.n);
    g.firstBookingId = Math.min(g.firstBookingId, row.id);
    g.bookedMinutes += n(r.booked);
    g.billedMinutes += n(r.billed);
    g.quantityHundredths += n(r.quantity);
    g.exactValueTimes60 += n(r.exact60);
    g.rateSources = [...new Set([...g.rateSources, ...sources])];
    if (String(r.first_date) < g.firstDate) g.firstDate = String(r.first_date);
    if (String(r.last_date) > g.lastDate) g.lastDate = String(r.last_date);
    g.taskNames.push(taskName);
    g.employeeNames.push(employeeName);
  }
  const lineCount = groups.size;
  const kept = [...groups.values()]
    .sort((a, b) => a.firstBookingId - b.firstBookingId)
    .slice(0, MAX_INVOICE_LINES);
  if (usesComments(options) && lineCount <= MAX_INVOICE_LINES) await addComments(db, where, kept, options);
  const unpricedIds = unpricedCount === 0 ? [] : await firstUnpriced(db, where);
  return {
    groups: kept,
    lineCount,
    selectedCount,
    unpriced: { count: unpricedCount, ids: unpricedIds },
    fingerprint,
  };
}

/**
 * The comments of each group in work order, distinct, and only as many as a line's description can
 * show (2,000 characters): a window over the first occurrence of each comment, cut by running length.
 */
async function addComments(
  db: Kysely<Database>,
  where: ReturnType<typeof selectionWhere>,
  groups: Building[],
  options: LineOptions,
) {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const part = sql.join(dimensions(options));
  const partOfColumns = sql.join(dimensions(options, ON_COLUMNS));
  const { rows } = await sql<{
    id: number;
    month: string;
    task_id: number | null;
    employee_id: number;
    rate: number;
    c: string;
  }>`
    with firsts as (
      select b.id, substr(b.date, 1, 7) as month, b.task_id, b.employee_id, b.rate_cents as rate, b.date,
        trim(b.comment) as c,
        row_number() over (partition by ${part}, trim(b.comment) order by b.date, b.id) as rn
      from bookings b
      where ${where} and b.rate_cents is not null and trim(b.comment) <> ''
    ), runs as (
      select id, month, task_id, employee_id, rate, date, c,
        sum(length(c) + 2) over (partition by ${partOfColumns} order by date, id rows between unbounded preceding and current row) as run
      from firsts where rn = 1
    )
    select id, month, task_id, employee_id, rate, c from runs where run - length(c) - 2 <= 2000
    order by date, id
  `.execute(db);
  for (const r of rows) {
    byKey
      .get(
        keyOf(
          {
            ...r,
            rate: n(r.rate),
            employee_id: n(r.employee_id),
            task_id: r.task_id === null ? null : n(r.task_id),
          },
          options,
        ),
      )
      ?.comments.push(r.c);
  }
}

async function firstUnpriced(db: Kysely<Database>, where: ReturnType<typeof selectionWhere>) {
  const { rows } = await sql<{ id: number }>`
    select b.id from bookings b where ${where} and b.rate_cents is null order by b.date, b.id limit 100
  `.execute(db);
  return rows.map((r) => n(r.id));
}
