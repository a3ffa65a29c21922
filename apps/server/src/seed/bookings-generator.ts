import type { Kysely } from 'kysely';
import { resolveHourlyRate } from '@plainstaff/billing/rates';
import type { Database } from '../db/database';
import type { BookingsTable } from '../modules/bookings/bookings.tables';
import { commentFor } from './demo-comments';
import { pick, prng, workdays } from './seed-random';

export interface BookingTarget {
  projectId: number;
  projectRate: number | null;
  /** Bookable days (inclusive window). */
  from: string;
  to: string;
  members: { userId: number; memberRate: number | null; userRate: number | null }[];
  tasks: { id: number; name: string; rate: number | null }[];
}

const CHUNK = 500;
type Row = Omit<BookingsTable, 'id' | 'version'>;

function bookingRow(rand: () => number, t: BookingTarget, days: string[]): Row {
  const member = pick(rand, t.members);
  const task = t.tasks.length > 0 ? pick(rand, t.tasks) : null;
  const rate = resolveHourlyRate({
    memberRateCents: member.memberRate,
    taskRateCents: task?.rate,
    projectRateCents: t.projectRate,
    userDefaultRateCents: member.userRate,
  });
  const date = pick(rand, days);
  const stamp = `${date}T16:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00.000Z`;
  return {
    project_id: t.projectId,
    task_id: task?.id ?? null,
    employee_id: member.userId,
    date,
    // Quarter hours from 0:30 to 4:00, as people book.
    minutes: 15 * (2 + Math.floor(rand() * 15)),
    rate_cents: rate.rateCents,
    rate_source: rate.source,
    comment: commentFor(task?.name ?? null, rand),
    billable: rand() < 0.92 ? 1 : 0,
    billing_state: 'open',
    export_id: null,
    invoice_number: null,
    created_by: member.userId,
    created_at: stamp,
    updated_at: stamp,
  };
}

/**
 * `count` deterministic pseudo-random bookings spread over the targets, inserted in chunks of 500 rows
 * inside one transaction (100,000 rows take a few seconds on SQLite).
 */
export async function generateBookings(
  db: Kysely<Database>,
  targets: BookingTarget[],
  count: number,
  seed = 2026,
): Promise<number> {
  const usable = targets
    .map((t) => ({ t, days: workdays(t.from, t.to) }))
    .filter((x) => x.days.length > 0 && x.t.members.length > 0);
  if (usable.length === 0 || count <= 0) return 0;
  const rand = prng(seed);
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const { t, days } = pick(rand, usable);
    rows.push(bookingRow(rand, t, days));
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx
        .insertInto('bookings')
        .values(rows.slice(i, i + CHUNK))
        .execute();
    }
  });
  return rows.length;
}
