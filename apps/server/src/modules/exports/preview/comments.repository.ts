import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { LineOptions } from '@plainstaff/billing';
import type { Database } from '../../../db/database';
import { dimensions, keyColumns, keyOf, type KeyColumns } from './dimensions';

/** As many comments as a line's description shows (packages/billing cuts the text at 2,000 characters). */
const COMMENT_CHARS = 2000;

/** Whether a template shows the comments (an empty template falls back to one that does). */
export const usesComments = (o: { titleTemplate?: string; descriptionTemplate?: string }) =>
  [o.titleTemplate, o.descriptionTemplate].some(
    (t) => t === undefined || !t.trim() || t.includes('{kommentare}'),
  );

const ON_FIRSTS = {
  id: sql`id`,
  month: sql`month`,
  task: sql`task_id`,
  employee: sql`employee_id`,
  rate: sql`rate`,
};

/**
 * The comments of each group in work order, distinct, and only as many as a line's description can
 * show. Each comment's first occurrence per group comes from a GROUP BY (one hash or sort of the
 * selection; its result is bounded by groups × distinct comments), the running length is a window over
 * those few rows only. A booking's place in work order, (date, id), is one integer: yyyymmdd × 10^10 +
 * id, the same on SQLite and PostgreSQL. Each comment is pushed onto the group with its key.
 */
export async function addFirstComments(
  db: Kysely<Database>,
  where: Expression<SqlBool>,
  groups: Map<string, { comments: string[] }>,
  options: LineOptions,
): Promise<void> {
  const { rows } = await sql<KeyColumns & { c: string }>`
    with firsts as (
      select ${keyColumns(options)}, trim(b.comment) as c,
        min(cast(replace(b.date, '-', '') as bigint) * 10000000000 + b.id) as k
      from bookings b
      where ${where} and b.rate_cents is not null and trim(b.comment) <> ''
      group by ${sql.join(dimensions(options))}, trim(b.comment)
    ), runs as (
      select id, month, task_id, employee_id, rate, c, k,
        sum(length(c) + 2) over (
          partition by ${sql.join(dimensions(options, ON_FIRSTS))} order by k rows between unbounded preceding and current row
        ) as run
      from firsts
    )
    select id, month, task_id, employee_id, rate, c from runs where run - length(c) - 2 <= ${sql.lit(COMMENT_CHARS)}
    order by k
  `.execute(db);
  for (const r of rows) groups.get(keyOf(r, options))?.comments.push(r.c);
}
