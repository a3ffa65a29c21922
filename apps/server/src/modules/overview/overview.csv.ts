import { formatMinutesAsHours } from '@plainstaff/contracts/duration';
import { formatHundredthsDe } from '@plainstaff/contracts/money';
import type { OverviewProject } from '@plainstaff/contracts/overview';

// The per-project table for Excel: `;` separator and decimal comma (German Excel), CRLF, and a UTF-8
// BOM, without which Excel reads the umlauts as Latin-1.

const BOM = '\uFEFF';

const HEADER = [
  'Projektnummer',
  'Projekt',
  'Kunde',
  'Währung',
  'Gebucht (Std.)',
  'Abrechenbar',
  'Abgerechnet (Std.)',
  'Abgerechnet',
  'Nicht abgerechnet (Std.)',
  'Nicht abgerechnet',
  'Budget genutzt (%)',
  'Letzte Rechnung',
];

/** Quotes a field when it holds a separator, quote or line break; a leading =+-@ is defused for Excel. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const germanDate = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '';
const germanPercent = (p: number | null) => (p === null ? '' : String(p).replace('.', ','));

export function projectsCsv(projects: OverviewProject[]): string {
  const rows = projects.map((p) => [
    p.number,
    p.name,
    p.customerName,
    p.currency,
    formatMinutesAsHours(p.bookedMinutes),
    formatHundredthsDe(p.billableCents),
    formatMinutesAsHours(p.billedMinutes),
    formatHundredthsDe(p.invoicedCents),
    formatMinutesAsHours(p.unbilledMinutes),
    formatHundredthsDe(p.unbilledCents),
    germanPercent(p.budgetUsedPercent),
    germanDate(p.lastInvoiceDate),
  ]);
  return BOM + [HEADER, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}
