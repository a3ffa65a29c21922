import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { customerSearchRepository } from '../modules/customers/customers.search.repository';
import { summariesFor } from '../modules/projects/project-summary.repository';
import { loadBookingTargets } from './booking-targets';
import { generateBookings } from './bookings-generator';
import { demoCustomers, demoProjects, type DemoProject } from './demo-core-data';
import { addMonths, isoDate } from './seed-random';

export const DEMO_BOOKING_COUNT = 2000;
const MARKER = demoProjects[0]!.number;

/** Customers, projects, tasks and members of the demo; false when they exist already. */
export async function seedDemoStructure(db: Kysely<Database>, today: string): Promise<boolean> {
  if (await db.selectFrom('projects').select('id').where('number', '=', MARKER).executeTakeFirst())
    return false;
  const users = await db.selectFrom('users').select(['id', 'email']).execute();
  const userId = (prefix: string) => users.find((u) => u.email.startsWith(`${prefix}@`))?.id;
  const now = new Date().toISOString();
  await db.transaction().execute(async (tx) => {
    const customerIds: number[] = [];
    for (const c of demoCustomers) {
      const { vatId, ...rest } = c;
      const row = {
        ...rest,
        vat_id: vatId,
        source: 'manual' as const,
        archived: 0,
        missing_in_billomat: 0,
        created_at: now,
        updated_at: now,
      };
      customerIds.push(
        (await tx.insertInto('customers').values(row).returning('id').executeTakeFirstOrThrow()).id,
      );
    }
    await customerSearchRepository(tx).reindex(customerIds);
    for (const p of demoProjects) {
      const { id } = await tx
        .insertInto('projects')
        .values({
          number: p.number,
          name: p.name,
          description: p.description,
          customer_id: customerIds[p.customer]!,
          status: p.status,
          currency: 'EUR',
          vat_override_bp: null,
          start_date: addMonths(today, -p.startMonthsAgo),
          budget_type: p.budget?.type ?? 'none',
          budget_minutes: null,
          budget_cents: null,
          hourly_rate_cents: p.hourlyRateCents,
          no_tasks: p.tasks.length === 0 ? 1 : 0,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (p.tasks.length > 0) {
        await tx
          .insertInto('tasks')
          .values(
            p.tasks.map((t, i) => ({
              project_id: id,
              name: t.name,
              rate_cents: t.rateCents ?? null,
              budget_minutes: null,
              position: i,
            })),
          )
          .execute();
      }
      const members = p.members.flatMap((m) => {
        const uid = userId(m.user);
        return uid
          ? [
              {
                project_id: id,
                user_id: uid,
                rate_cents: m.rateCents ?? null,
                is_manager: m.isManager ? 1 : 0,
              },
            ]
          : [];
      });
      if (members.length > 0) await tx.insertInto('project_members').values(members).execute();
    }
  });
  return true;
}

/** Demo bookings over the last six months; completed projects only up to their end. */
export async function seedDemoBookings(db: Kysely<Database>, today: string, count: number): Promise<number> {
  const from = addMonths(today, -6);
  const byNumber = new Map<string, DemoProject>(demoProjects.map((p) => [p.number, p]));
  const targets = (await loadBookingTargets(db, from, today, ['running', 'completed'])).map((t) => {
    const end = byNumber.get(t.number)?.endMonthsAgo;
    return end === undefined ? t : { ...t, to: addMonths(today, -end) };
  });
  return generateBookings(db, targets, count);
}

/** Budgets sized so that the demo shows a partly used budget (80 % of hours, 65 % of an amount). */
export async function sizeDemoBudgets(db: Kysely<Database>): Promise<void> {
  const projects = await db.selectFrom('projects').select(['id', 'number']).execute();
  const summaries = await summariesFor(
    db,
    projects.map((p) => p.id),
  );
  for (const p of projects) {
    const budget = demoProjects.find((d) => d.number === p.number)?.budget;
    const s = summaries.get(p.id);
    if (!budget || !s) continue;
    const patch =
      budget.type === 'hours'
        ? { budget_minutes: Math.ceil(Number(s.booked_minutes) / budget.usedShare / 600) * 600 }
        : { budget_cents: Math.ceil(Number(s.billable_cents) / budget.usedShare / 100_000) * 100_000 };
    await db.updateTable('projects').set(patch).where('id', '=', p.id).execute();
  }
}

/** Seeds once: a second start finds the demo projects and adds nothing. */
export async function seedDemoCore(db: Kysely<Database>, today = isoDate(Date.now())): Promise<void> {
  if (!(await seedDemoStructure(db, today))) return;
  await seedDemoBookings(db, today, DEMO_BOOKING_COUNT);
  await sizeDemoBudgets(db);
}
