// billomat renders datetimes with the German offset (+01:00 / +02:00) and dates as YYYY-MM-DD.
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function berlinParts(ms: number): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
}

export function berlinDateTime(ms: number): string {
  const p = berlinParts(ms);
  const local = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offsetMin = Math.round((local - Math.floor(ms / 1000) * 1000) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${off}`;
}

export function berlinDate(ms: number): string {
  const p = berlinParts(ms);
  return `${p.year}-${p.month}-${p.day}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `updated` must change on every write, even twice within one second (incremental imports rely on it). */
export function bumpTimestamp(previous: string | undefined, nowMs: number): string {
  const prev = previous ? Date.parse(previous) : NaN;
  const next = Number.isFinite(prev) && prev >= Math.floor(nowMs / 1000) * 1000 ? prev + 1000 : nowMs;
  return berlinDateTime(next);
}
