import type { Export, PreviewLine } from '@plainstaff/contracts/exports';
import { readMessage, readStoredRef } from '../../lib/stored-message';
import type { ExportListRow } from './exports.repository';

/** billomat's page of an invoice, or null while not connected or without invoice. */
export function invoiceUrl(base: string | null, invoiceId: number | null): string | null {
  return base && invoiceId !== null
    ? `${base.replace(/\/+$/, '')}/app/invoices/show/entityId/${invoiceId}`
    : null;
}

function billomatTotalsOf(row: ExportListRow): Pick<Export, 'billomatTotals' | 'billomatTotalsDiffer'> {
  if (row.billomat_net_cents === null || row.billomat_gross_cents === null)
    return { billomatTotals: null, billomatTotalsDiffer: false };
  const netCents = Number(row.billomat_net_cents);
  const grossCents = Number(row.billomat_gross_cents);
  return {
    billomatTotals: { netCents, grossCents },
    billomatTotalsDiffer:
      netCents !== Number(row.total_net_cents) || grossCents !== Number(row.total_gross_cents),
  };
}

/**
 * Lines stored before issue 18 named their booking ids; now they carry the count. Before issue 21 the
 * rate note was German text.
 */
function linesOf(json: string): PreviewLine[] {
  type Stored = Omit<PreviewLine, 'rateNote'> & { bookingIds?: number[]; rateNote: unknown };
  return (JSON.parse(json) as Stored[]).map(({ bookingIds, ...line }) => ({
    ...line,
    bookingCount: line.bookingCount ?? bookingIds?.length ?? 0,
    rateNote: readStoredRef(line.rateNote),
  }));
}

export function toExport(row: ExportListRow, urlBase: (account: string | null) => string | null): Export {
  const invoiceId = row.billomat_invoice_id === null ? null : Number(row.billomat_invoice_id);
  return {
    id: row.id,
    projectId: row.project_id,
    reference: row.reference,
    status: row.status,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    invoiceDate: row.invoice_date,
    billomatInvoiceId: invoiceId,
    invoiceNumber: row.invoice_number,
    invoiceStatus: row.invoice_status,
    billomatUrl: row.status === 'created' ? invoiceUrl(urlBase(row.billomat_account), invoiceId) : null,
    currency: row.currency,
    totalNetCents: Number(row.total_net_cents),
    totalGrossCents: Number(row.total_gross_cents),
    ...billomatTotalsOf(row),
    bookingCount: row.booking_count,
    billedMinutes: row.billed_minutes,
    markAsBilled: row.mark_as_billed === 1,
    completeInBillomat: row.complete_in_billomat === 1,
    lines: linesOf(row.lines),
    error: readMessage(row.error),
    undoneAt: row.undone_at,
  };
}
