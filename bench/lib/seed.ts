import { sql, type Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import { openDb } from './server';

// Data sets through the server's own seed functions (the same code as `pnpm seed --bookings N`).

export interface SeededDb {
  /** A SQLite file or a postgres:// URL. */
  location: string;
  /** The project carrying `focusBookings` bookings: the 100,000-row export grid. */
  focusProjectId: number;
  focusBookings: number;
  totalBookings: number;
}

export async function seedDemo(db: Kysely<Database>) {
  const { seedDemoUsers } = await import('@plainstaff/server/src/seed/demo-users');
  const { seedDemoStructure } = await import('@plainstaff/server/src/seed/demo-core');
  const { loadBookingTargets } = await import('@plainstaff/server/src/seed/booking-targets');
  const { addMonths, isoDate } = await import('@plainstaff/server/src/seed/seed-random');
  await seedDemoUsers(db);
  const today = isoDate(Date.now());
  await seedDemoStructure(db, today);
  return loadBookingTargets(db, addMonths(today, -24), today);
}

/**
 * 100,000 bookings on ONE running project (the grid/preview stress case) plus `otherBookings` spread
 * over the other running projects (so the overview has more than one project to aggregate).
 */
export async function seedLarge(
  location: string,
  focusBookings: number,
  otherBookings: number,
): Promise<SeededDb> {
  const { generateBookings } = await import('@plainstaff/server/src/seed/bookings-generator');
  const db = await openDb(location);
  try {
    const targets = await seedDemo(db);
    const usable = targets.filter((t) => t.members.length > 0);
    // The project with the most tasks and members gives the most groups.
    const focus = [...usable].sort(
      (a, b) => b.tasks.length * b.members.length - a.tasks.length * a.members.length,
    )[0];
    if (!focus) throw new Error('the demo structure has no running project with members');
    const a = await generateBookings(db, [focus], focusBookings, 7);
    const b = await generateBookings(
      db,
      usable.filter((t) => t !== focus),
      otherBookings,
      8,
    );
    // PostgreSQL plans from statistics; a production table has them (autovacuum), a fresh one not yet.
    if (location.startsWith('postgres')) await sql`analyze`.execute(db);
    return { location, focusProjectId: focus.projectId, focusBookings: a, totalBookings: a + b };
  } finally {
    await db.destroy();
  }
}
