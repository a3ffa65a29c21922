import dayjs from 'dayjs';

/** ISO `YYYY-MM-DD` dates in local time; weeks start on Monday (German calendar). */
export const toIso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
export const today = () => toIso(dayjs());

export function mondayOf(iso: string): string {
  const d = dayjs(iso);
  return toIso(d.subtract((d.day() + 6) % 7, 'day'));
}

export const addDays = (iso: string, days: number) => toIso(dayjs(iso).add(days, 'day'));

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** ISO 8601 week number (the week with the year's first Thursday is week 1). */
export function isoWeek(iso: string): number {
  const thursday = dayjs(mondayOf(iso)).add(3, 'day');
  const firstThursday = dayjs(mondayOf(`${thursday.year()}-01-04`)).add(3, 'day');
  return Math.round(thursday.diff(firstThursday, 'day') / 7) + 1;
}
