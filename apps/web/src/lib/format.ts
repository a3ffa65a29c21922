import { formatHundredthsDe } from '@plainstaff/contracts/money';

// German formats (PRODUCT §7): 7,5 Std., 30.06.2026. Amounts (integer cents) are formatted exactly by
// formatCentsDe from @plainstaff/contracts/money.

const number2 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number0to2 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** Minutes as hours with two decimals: 90 → `1,50 Std.` */
export function formatHours(minutes: number, unit = 'Std.'): string {
  return `${number2.format(Math.round((minutes / 60) * 100) / 100)} ${unit}`;
}

/** An invoice quantity in hundredths of an hour, exactly: 33 → `0,33 Std.` */
export function formatCentiHours(hundredths: number, unit = 'Std.'): string {
  return `${formatHundredthsDe(hundredths)} ${unit}`;
}

/** Booked time as a clock, so it cannot be mistaken for a quantity: 20 → `0:20`, 605 → `10:05` */
export function formatClock(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : ''}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes as compact hours: 450 → `7,5` */
export function formatHoursShort(minutes: number): string {
  return number0to2.format(minutes / 60);
}

/** `2026-06-30` → `30.06.2026` */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
}

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

export function formatPercent(value: number): string {
  return `${number0to2.format(value)} %`;
}
