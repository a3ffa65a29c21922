// German formats (PRODUCT §7): 1.234,50 €, 7,5 Std., 30.06.2026. Amounts arrive as integer cents.

const number2 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number0to2 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** Integer cents as `1.234,50 €`; the integer split keeps it exact for any safe integer. */
export function formatCents(cents: number, currency = 'EUR', locale = 'de-DE'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const intPart = new Intl.NumberFormat(locale).format(euros);
  const sep = locale.startsWith('de') ? ',' : '.';
  const symbol = currency === 'EUR' ? '€' : currency;
  return locale.startsWith('de')
    ? `${sign}${intPart}${sep}${rest} ${symbol}`
    : `${sign}${symbol} ${intPart}${sep}${rest}`;
}

/** Minutes as hours with two decimals: 90 → `1,50 Std.` */
export function formatHours(minutes: number, unit = 'Std.'): string {
  return `${number2.format(Math.round((minutes / 60) * 100) / 100)} ${unit}`;
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
