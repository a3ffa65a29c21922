import { sql, type Kysely, type Selectable } from 'kysely';
import { hours, money, type MessageValue } from '@plainstaff/contracts/messages';
import type { Database } from '../../db/database';
import { ruleError } from '../../errors';
import { bookingAmount as amountSql } from '../../db/billing-rule';
import type { ProjectsTable } from '../projects/projects.tables';
import { amountOf } from './bookings.mapper';
import type { BookingRow } from './bookings.repository';

interface Share {
  projectId: number;
  minutes: number;
  billable: boolean;
  rateCents: number | null;
}

// An hours budget counts every booked minute; an amount budget the billable amounts.
const shareOf = (type: 'hours' | 'amount', s: Share) =>
  type === 'hours' ? s.minutes : s.billable && s.rateCents !== null ? amountOf(s.minutes, s.rateCents) : 0;

const exceeded = (left: number, type: 'hours' | 'amount', value: MessageValue) =>
  ruleError(
    'BUDGET_EXCEEDED',
    'minutes',
    left <= 0
      ? { context: 'exhausted' }
      : { context: type === 'hours' ? 'leftHours' : 'leftAmount', left: value },
  );

/** Refuses a booking that takes the project beyond its budget; a change that does not grow its share passes. */
export async function checkBudget(
  db: Kysely<Database>,
  project: Selectable<ProjectsTable>,
  target: Share,
  existing?: BookingRow,
): Promise<void> {
  const type = project.budget_type;
  if (type === 'none') return;
  const budget = Number(type === 'hours' ? project.budget_minutes : project.budget_cents);
  const wanted = shareOf(type, target);
  const before =
    existing && existing.project_id === target.projectId
      ? shareOf(type, {
          projectId: existing.project_id,
          minutes: existing.minutes,
          billable: existing.billable === 1,
          rateCents: existing.rate_cents === null ? null : Number(existing.rate_cents),
        })
      : 0;
  if (wanted <= before) return;
  const usedExpr =
    type === 'hours'
      ? sql`bookings.minutes`
      : sql`case when bookings.billable = 1 then ${amountSql} else 0 end`;
  const { used } = await db
    .selectFrom('bookings')
    .select(sql<number>`cast(coalesce(sum(${usedExpr}), 0) as bigint)`.as('used'))
    .where('project_id', '=', target.projectId)
    .executeTakeFirstOrThrow();
  const left = budget - (Number(used) - before);
  if (wanted <= left) return;
  throw exceeded(left, type, type === 'hours' ? hours(left) : money(left, project.currency));
}
