import { expressionBuilder, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { isPerBooking, type LineGroup, type LineOptions } from '@plainstaff/billing';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import { billedMinutesSql, quantitySql } from '../../../db/billing-rule';
import type { Database } from '../../../db/database';
import { selectionWhere } from '../selection/predicate';
import { addFirstComments, usesComments } from './comments.repository';
import { dimensions, keyOf, type KeyColumns } from './dimensions';

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

/** The grouping dimensions on the per-day rows of the inner query. */
const ON_DAYS = {
  id: sql`d.id`,
  month: sql`substr(d.date, 1, 7)`,
  task: sql`d.task_id`,
  employee: sql`d.employee_id`,
  rate: sql`d.rate`,
};

/**
 * One row per group × task × employee: the task and employee names a line's texts need come along,
 * joined to the few grouped rows rather than to every booking. The inner query sums per day, task,
 * employee and rate — the finest grouping short of one line per booking — in the column order of
 * SQLite's bookings_selection_idx, so SQLite streams it from the index alone (no booking row, no sort;
 * PostgreSQL hashes it); the outer one rolls the days up into the chosen dimensions.
 */
async function groupRows(
  db: Kysely<Database>,
  where: Expression<SqlBool>,
  options: LineOptions,
  firstLines?: number,
) {
  const billed = billedMinutesSql(sql`b.minutes`, options.rounding);
  const { rows } = await sql<Record<string, unknown>>`
    select g.*, t.name as task_name, u.name as employee_name from (
      select min(d.id) as id, substr(min(d.date), 1, 7) as month, d.task_id, d.employee_id, d.rate,
        sum(d.n) as n, sum(d.booked) as booked, sum(d.billed) as billed, sum(d.quantity) as quantity,
        sum(d.exact60) as exact60, min(d.date) as first_date, max(d.date) as last_date,
        min(d.source_a) as source_a, max(d.source_b) as source_b,
        sum(d.sum_id) as sum_id, sum(d.sum_version) as sum_version, sum(d.sum_id_version) as sum_id_version
      from (
        select min(b.id) as id, b.date, b.task_id, b.employee_id, b.rate_cents as rate,
          count(*) as n, sum(b.minutes) as booked, sum(${billed}) as billed,
          sum(${quantitySql(sql`b.minutes`, options.rounding)}) as quantity,
          sum(cast(${billed} as bigint) * coalesce(b.rate_cents, 0)) as exact60,
          min(b.rate_source) as source_a, max(b.rate_source) as source_b,
          sum(b.id) as sum_id, sum(b.version) as sum_version,
          sum(cast(b.id as bigint) * b.version) as sum_id_version
        from bookings b
        where ${where}
        group by b.date, b.task_id, b.employee_id, b.rate_cents${isPerBooking(options) ? sql`, b.id` : sql``}
      ) d
      group by ${sql.join([...dimensions(options, ON_DAYS), sql`d.task_id`, sql`d.employee_id`])}
    ) g
    join users u on u.id = g.employee_id left join tasks t on t.id = g.task_id
    ${firstLines === undefined ? sql`` : sql`order by g.id limit ${firstLines}`}
  `.execute(db);
  return rows;
}

/** Adds one grouped row (a group × task × employee) to its invoice-line group. */
function addRow(groups: Map<string, Building>, r: Record<string, unknown>, options: LineOptions) {
  const row = { id: n(r.id), month: String(r.month), rate: n(r.rate) };
  const key = keyOf(r as unknown as KeyColumns, options);
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
    return;
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

export async function groupSelection(
  db: Kysely<Database>,
  projectId: number,
  selection: ExportSelection,
  options: LineOptions,
): Promise<GroupedSelection> {
  const eb = expressionBuilder<Database, 'bookings'>();
  const where = selectionWhere(eb, 'b', projectId, selection);
  const groups = new Map<string, Building>();
  // One line per booking: as many rows as bookings, so the counts come from one aggregate and only the
  // first lines (by booking id, as kept below) are read; a larger invoice is refused anyway.
  if (isPerBooking(options)) {
    const counts = await selectionCounts(db, where);
    const priced = sql<SqlBool>`(${where}) and b.rate_cents is not null`;
    for (const r of await groupRows(db, priced, options, MAX_INVOICE_LINES)) addRow(groups, r, options);
    return finish(db, where, options, groups, { ...counts, lineCount: counts.fingerprint.count });
  }
  const fingerprint: Fingerprint = { count: 0, sumId: 0, sumVersion: 0, sumIdVersion: 0 };
  let selectedCount = 0;
  let unpricedCount = 0;
  for (const r of await groupRows(db, where, options)) {
    selectedCount += n(r.n);
    if (r.rate === null) {
      unpricedCount += n(r.n);
      continue;
    }
    fingerprint.count += n(r.n);
    fingerprint.sumId += n(r.sum_id);
    fingerprint.sumVersion += n(r.sum_version);
    fingerprint.sumIdVersion += n(r.sum_id_version);
    addRow(groups, r, options);
  }
  return finish(db, where, options, groups, {
    selectedCount,
    unpricedCount,
    fingerprint,
    lineCount: groups.size,
  });
}

/** The selection's counts and fingerprint in one aggregate, without a row per booking. */
async function selectionCounts(db: Kysely<Database>, where: Expression<SqlBool>) {
  const { rows } = await sql<Record<string, unknown>>`
    select count(*) as n, count(b.rate_cents) as priced,
      sum(case when b.rate_cents is null then 0 else b.id end) as sum_id,
      sum(case when b.rate_cents is null then 0 else b.version end) as sum_version,
      sum(case when b.rate_cents is null then 0 else cast(b.id as bigint) * b.version end) as sum_id_version
    from bookings b where ${where}
  `.execute(db);
  const r = rows[0]!;
  return {
    selectedCount: n(r.n),
    unpricedCount: n(r.n) - n(r.priced),
    fingerprint: {
      count: n(r.priced),
      sumId: n(r.sum_id),
      sumVersion: n(r.sum_version),
      sumIdVersion: n(r.sum_id_version),
    },
  };
}

/** The first MAX_INVOICE_LINES groups by their first booking, with comments and unpriced ids added. */
async function finish(
  db: Kysely<Database>,
  where: Expression<SqlBool>,
  options: LineOptions,
  groups: Map<string, Building>,
  counts: { selectedCount: number; unpricedCount: number; fingerprint: Fingerprint; lineCount: number },
): Promise<GroupedSelection> {
  const { selectedCount, unpricedCount, fingerprint, lineCount } = counts;
  const kept = [...groups.values()]
    .sort((a, b) => a.firstBookingId - b.firstBookingId)
    .slice(0, MAX_INVOICE_LINES);
  if (usesComments(options) && lineCount <= MAX_INVOICE_LINES)
    await addFirstComments(db, where, new Map(kept.map((g) => [g.key, g])), options);
  const unpricedIds = unpricedCount === 0 ? [] : await firstUnpriced(db, where);
  return {
    groups: kept,
    lineCount,
    selectedCount,
    unpriced: { count: unpricedCount, ids: unpricedIds },
    fingerprint,
  };
}

async function firstUnpriced(db: Kysely<Database>, where: Expression<SqlBool>) {
  const { rows } = await sql<{ id: number }>`
    select b.id from bookings b where ${where} and b.rate_cents is null order by b.date, b.id limit 100
  `.execute(db);
  return rows.map((r) => n(r.id));
}
