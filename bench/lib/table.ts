import type { BenchRow } from './types';

const HEADERS = ['benchmark', 'metric', 'baseline', 'ours', 'ratio', 'target', 'met?'] as const;

const num = (n: number) =>
  Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 1 });

export function cells(row: BenchRow): string[] {
  const withUnit = (n: number | null) => (n === null ? '–' : `${num(n)} ${row.unit}`.trim());
  // baseline ÷ ours: how many times fewer requests / less time / fewer bytes than the naive way.
  const ratio =
    row.baseline !== null && row.ours !== null && row.ours > 0
      ? `${(row.baseline / row.ours).toFixed(row.baseline / row.ours >= 10 ? 0 : 1)}×`
      : '–';
  const met = row.met === null ? (row.ours === null ? 'n/a' : '–') : row.met ? 'yes' : 'NO';
  // Long failure notes are cut here; RESULTS.md lists them in full under "Notes".
  const note = row.note && row.note.length > 140 ? `${row.note.slice(0, 139)}…` : row.note;
  const ours = row.ours === null ? (note ?? 'n/a') : withUnit(row.ours);
  return [row.benchmark, row.metric, withUnit(row.baseline), ours, ratio, row.target, met];
}

export function textTable(rows: BenchRow[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  const sep = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(HEADERS), sep, ...body.map(line)].join('\n');
}

export function markdownTable(rows: BenchRow[]): string {
  const esc = (c: string) => c.replaceAll('|', '\\|');
  return [
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
