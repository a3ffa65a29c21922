import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { BookingTarget } from './bookings-generator';

const num = (v: number | null) => (v === null ? null : Number(v));

/** Every running project with its members and tasks, bookable from its start (or `from`) to `to`. */
export async function loadBookingTargets(
  db: Kysely<Database>,
  from: string,
  to: string,
  statuses: ('running' | 'completed')[] = ['running'],
): Promise<(BookingTarget & { number: string })[]> {
  const projects = await db.selectFrom('projects').selectAll().where('status', 'in', statuses).execute();
  if (projects.length === 0) return [];
  const ids = projects.map((p) => p.id);
  const [members, tasks] = await Promise.all([
    db
      .selectFrom('project_members')
      .innerJoin('users', 'users.id', 'project_members.user_id')
      .select(['project_id', 'user_id', 'rate_cents', 'users.default_rate_cents'])
      .where('project_id', 'in', ids)
      .where('users.active', '=', 1)
      .execute(),
    db.selectFrom('tasks').selectAll().where('project_id', 'in', ids).where('archived', '=', 0).execute(),
  ]);
  return projects.map((p) => ({
    projectId: p.id,
    number: p.number,
    projectRate: num(p.hourly_rate_cents),
    from: p.start_date && p.start_date > from ? p.start_date : from,
    to,
    members: members
      .filter((m) => m.project_id === p.id)
      .map((m) => ({
        userId: m.user_id,
        memberRate: num(m.rate_cents),
        userRate: num(m.default_rate_cents),
      })),
    tasks:
      p.no_tasks === 1
        ? []
        : tasks
            .filter((t) => t.project_id === p.id)
            .map((t) => ({ id: t.id, name: t.name, rate: num(t.rate_cents) })),
  }));
}
