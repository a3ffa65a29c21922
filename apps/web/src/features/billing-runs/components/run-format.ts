import { formatTime } from '../../../lib/format';

/** `14:45` in Europe/Berlin (billomat's windows and the schedule are Berlin wall-clock times). */
export function berlinTime(iso: string | null | undefined): string {
  return iso ? formatTime(new Date(iso)) : '';
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Default cut-off: the last day of the previous month. */
export const endOfLastMonth = (now = new Date()) => iso(new Date(now.getFullYear(), now.getMonth(), 0));
export const today = (now = new Date()) => iso(now);
