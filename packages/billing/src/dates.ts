// Dates stay ISO strings (`YYYY-MM-DD`) throughout: no Date objects, so no time zone can shift a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

/** `2026-06-30` → `30.06.2026`. */
export function formatDateDe(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** `01.06.2026 – 30.06.2026`, or one date when the period is a single day. */
export function formatPeriodDe(from: string, to: string): string {
  return from === to ? formatDateDe(from) : `${formatDateDe(from)} – ${formatDateDe(to)}`;
}

/** `2026-06-30` → `2026-06`. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** `2026-06` → `Juni 2026`. */
export function formatMonthDe(month: string): string {
  return `${MONTHS_DE[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** `Juni 2026`, `Mai – Juni 2026`, `Dezember 2025 – Januar 2026`. */
export function formatMonthRangeDe(fromMonth: string, toMonth: string): string {
  if (fromMonth === toMonth) return formatMonthDe(fromMonth);
  const from = formatMonthDe(fromMonth);
  const to = formatMonthDe(toMonth);
  const sameYear = fromMonth.slice(0, 4) === toMonth.slice(0, 4);
  return `${sameYear ? from.slice(0, -5) : from} – ${to}`;
}
