import type { Kysely } from 'kysely';
import { resolveHourlyRate, type ResolvedRate } from '@plainstaff/billing/rates';
import { coded } from '@plainstaff/contracts/messages/catalog';
import type { RateSuggestion } from '@plainstaff/contracts/bookings';
import type { Database } from '../../db/database';

export interface RateContext {
  projectId: number;
  taskId: number | null;
  employeeId: number;
}

/** The rate hierarchy member → task → project → user default, read in one query. */
export async function resolveRate(
  db: Kysely<Database>,
  ctx: RateContext,
): Promise<ResolvedRate & { taskName: string | null }> {
  const row = await db
    .selectFrom('projects')
    .innerJoin('users', (j) => j.on('users.id', '=', ctx.employeeId))
    .leftJoin('project_members', (j) =>
      j
        .onRef('project_members.project_id', '=', 'projects.id')
        .on('project_members.user_id', '=', ctx.employeeId),
    )
    .leftJoin('tasks', (j) =>
      j.onRef('tasks.project_id', '=', 'projects.id').on('tasks.id', '=', ctx.taskId ?? -1),
    )
    .select([
      'project_members.rate_cents as member_rate',
      'tasks.rate_cents as task_rate',
      'tasks.name as task_name',
      'projects.hourly_rate_cents as project_rate',
      'users.default_rate_cents as user_rate',
    ])
    .where('projects.id', '=', ctx.projectId)
    .executeTakeFirst();
  const num = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  const resolved = resolveHourlyRate({
    memberRateCents: num(row?.member_rate),
    taskRateCents: num(row?.task_rate),
    projectRateCents: num(row?.project_rate),
    userDefaultRateCents: num(row?.user_rate),
  });
  return { ...resolved, taskName: row?.task_name ?? null };
}

/** "Satz aus Task Konzeption", "Satz aus Projektmitglied", "Standardsatz des Mitarbeiters", … */
export function suggestionOf(rate: ResolvedRate & { taskName: string | null }): RateSuggestion {
  const named = rate.source === 'task' && rate.taskName;
  const params =
    rate.source === 'none'
      ? {}
      : named
        ? { context: 'task', task: rate.taskName! }
        : { context: rate.source === 'task' ? 'taskUnnamed' : rate.source };
  return { rateCents: rate.rateCents, source: rate.source, label: coded('RATE_SUGGESTION', params) };
}
