import {
  currencySymbol,
  formatCentsDe,
  formatHundredthsDe,
  minutesToCentiHours,
} from '@plainstaff/contracts/numbers';
import { i18n } from './i18n';

// Numbers, amounts and dates in the UI language. German as PRODUCT §7 writes it (1.234,50 €, 7,50 Std.,
// 30.06.2026), English as English readers do (€1,234.50, 7.50 h, 30 Jun 2026). Amounts are integer cents
// and are formatted from their digits, never through a float.

type Lang = 'de' | 'en';
const lang = (): Lang => (i18n.language?.startsWith('en') ? 'en' : 'de');
const locale = { de: 'de-DE', en: 'en-GB' } as const;
const berlin = 'Europe/Berlin';

/** Integer hundredths with two places: 123450 → `1.234,50` / `1,234.50`. */
export function formatHundredths(hundredths: number): string {
  const german = formatHundredthsDe(hundredths);
  return lang() === 'de' ? german : german.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** `123450` → `1.234,50 €` / `€1,234.50`; a currency without a symbol: `1.234,50 CHF` / `CHF 1,234.50`. */
export function formatMoney(cents: number, currency = 'EUR'): string {
  if (lang() === 'de') return formatCentsDe(cents, currency);
  const symbol = currencySymbol(currency);
  const digits = formatHundredths(Math.abs(cents));
  const amount = symbol.length === 1 ? `${symbol}${digits}` : `${symbol} ${digits}`;
  return cents < 0 ? `-${amount}` : amount;
}

/** A whole number with thousands separators: 100000 → `100.000` / `100,000`. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale[lang()], { maximumFractionDigits: 2 }).format(value);
}

const hoursUnit = () => (lang() === 'de' ? 'Std.' : 'h');

/** Minutes as hours with two decimals: 90 → `1,50 Std.` / `1.50 h` */
export function formatHours(minutes: number): string {
  return `${formatHundredths(minutesToCentiHours(minutes))} ${hoursUnit()}`;
}

/** An invoice quantity in hundredths of an hour, exactly: 33 → `0,33 Std.` / `0.33 h` */
export function formatCentiHours(hundredths: number): string {
  return `${formatHundredths(hundredths)} ${hoursUnit()}`;
}

/** Booked time as a clock, so it cannot be mistaken for a quantity: 20 → `0:20`, 605 → `10:05` */
export function formatClock(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : ''}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes as compact hours: 450 → `7,5` / `7.5` */
export function formatHoursShort(minutes: number): string {
  return formatNumber(minutes / 60);
}

/** `2026-06-30` → `30.06.2026` / `30 Jun 2026` */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (lang() === 'de') return `${d}.${m}.${y}`;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale[lang()], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: berlin,
  }).format(new Date(iso));
}

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat(locale[lang()], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: berlin,
  }).format(date);
}

/** A rate in percent: 19.5 → `19,5 %` / `19.5%` */
export function formatPercent(value: number): string {
  return lang() === 'de' ? `${formatNumber(value)} %` : `${formatNumber(value)}%`;
}

/** VAT basis points: 1950 → `19,5` / `19.5` (the number only). */
export function formatBasisPoints(bp: number): string {
  return formatNumber(bp / 100);
}
