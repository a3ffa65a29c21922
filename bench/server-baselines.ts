import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';

// The naive way of the overview, on the same SQLite file and the same Kysely/better-sqlite3 stack as the
// server: one query per project loading every booking row (N+1 over projects), summed in JS.
// (The export figures' naive baselines of issue 11 gave way to the implementation before issue 18,
// baselines/before-18, when issue 18 replaced the routes they were measured against.)

const amount = (minutes: number, rate: number | null) =>
  rate === null ? 0 : Math.round((minutes * Number(rate)) / 60);

export async function naiveOverview(db: Kysely<Database>) {
  const today = new Date().toISOString().slice(0, 10);
  const projects = await db.selectFrom('projects').selectAll().execute();
  const totals = { booked: 0, billable: 0, billed: 0, unbilled: 0 };
  const perProject = [];
  const months = new Map<string, { billed: number; unbilled: number }>();
  for (const p of projects) {
    const customer = await db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', p.customer_id)
      .executeTakeFirst();
    const rows = await db.selectFrom('bookings').selectAll().where('project_id', '=', p.id).execute();
    const f = { booked: 0, billable: 0, billed: 0, unbilled: 0, oldestUnbilledDays: 0 };
    for (const b of rows) {
      const cents = amount(b.minutes, b.rate_cents);
      f.booked += b.minutes;
      if (b.billable !== 1) continue;
      f.billable += cents;
      const m = months.get(b.date.slice(0, 7)) ?? { billed: 0, unbilled: 0 };
      if (b.billing_state === 'billed') {
        f.billed += cents;
        m.billed += cents;
      } else {
        f.unbilled += cents;
        m.unbilled += cents;
        const days = (Date.parse(today) - Date.parse(b.date)) / 86_400_000;
        f.oldestUnbilledDays = Math.max(f.oldestUnbilledDays, days);
      }
      months.set(b.date.slice(0, 7), m);
    }
    totals.booked += f.booked;
    totals.billable += f.billable;
    totals.billed += f.billed;
    totals.unbilled += f.unbilled;
    perProject.push({ id: p.id, name: p.name, customer: customer?.name, ...f });
  }
  return JSON.stringify({ totals, perProject, months: [...months] }).length;
}
