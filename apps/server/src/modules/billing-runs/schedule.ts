import type { Kysely } from 'kysely';
import type { BillingSchedule } from '@plainstaff/contracts/billing-runs';
import type { Database } from '../../db/database';

export const DEFAULT_SCHEDULE: BillingSchedule = { enabled: false, dayOfMonth: 1, time: '06:00' };

const berlin = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Wall-clock time in Europe/Berlin as `YYYY-MM-DD HH:MM` (sorts like the instant it names). */
export function berlinLocal(at: Date): string {
  const p = Object.fromEntries(berlin.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of the month before `YYYY-MM`. */
export function endOfPreviousMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 0));
  return d.toISOString().slice(0, 10);
}

/**
 * The scheduled run due at `now`, if any: this month's moment has passed (a server that was down at
 * 06:00 catches up later that month) and the schedule was enabled before that moment.
 */
export function dueRun(
  schedule: BillingSchedule & { enabledAt: string | null },
  now: Date,
): { periodKey: string; cutoffDate: string; invoiceDate: string } | null {
  if (!schedule.enabled || !schedule.enabledAt) return null;
  const local = berlinLocal(now);
  const [year, month] = local.slice(0, 7).split('-').map(Number) as [number, number];
  const due = `${local.slice(0, 7)}-${pad(schedule.dayOfMonth)} ${schedule.time}`;
  if (local < due || berlinLocal(new Date(schedule.enabledAt)) > due) return null;
  return {
    periodKey: `schedule:${local.slice(0, 7)}`,
    cutoffDate: endOfPreviousMonth(year, month),
    invoiceDate: local.slice(0, 10),
  };
}

export function scheduleRepository(db: Kysely<Database>) {
  return {
    async get(): Promise<BillingSchedule & { enabledAt: string | null }> {
      const row = await db
        .selectFrom('billing_run_schedule')
        .selectAll()
        .where('id', '=', 1)
        .executeTakeFirst();
      if (!row) return { ...DEFAULT_SCHEDULE, enabledAt: null };
      return {
        enabled: row.enabled === 1,
        dayOfMonth: row.day_of_month,
        time: row.time,
        enabledAt: row.enabled_at,
      };
    },
    async save(s: BillingSchedule, enabledAt: string | null): Promise<void> {
      const values = {
        enabled: s.enabled ? 1 : 0,
        day_of_month: s.dayOfMonth,
        time: s.time,
        enabled_at: enabledAt,
        updated_at: new Date().toISOString(),
      };
      await db
        .insertInto('billing_run_schedule')
        .values({ id: 1, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute();
    },
  };
}
