import type { Export, ExportCandidate, PreviewLine } from '@plainstaff/contracts/exports';
import type { CandidateRow } from './candidates.repository';
import type { ExportListRow } from './exports.repository';

/** billomat's page of an invoice, or null while not connected or without invoice. */
export function invoiceUrl(base: string | null, invoiceId: number | null): string | null {
  return base && invoiceId !== null
    ? `${base.replace(/\/+$/, '')}/app/invoices/show/entityId/${invoiceId}`
    : null;
}

export function toExport(row: ExportListRow, urlBase: string | null): Export {
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
    billomatUrl: row.status === 'created' ? invoiceUrl(urlBase, invoiceId) : null,
    currency: row.currency,
    totalNetCents: Number(row.total_net_cents),
    totalGrossCents: Number(row.total_gross_cents),
    bookingCount: row.booking_count,
    billedMinutes: row.billed_minutes,
    markAsBilled: row.mark_as_billed === 1,
    completeInBillomat: row.complete_in_billomat === 1,
    lines: JSON.parse(row.lines) as PreviewLine[],
    error: row.error,
    undoneAt: row.undone_at,
  };
}

export function toCandidate(r: CandidateRow): ExportCandidate {
  const rate = r.rate_cents === null ? null : Number(r.rate_cents);
  return {
    id: r.id,
    date: r.date,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    taskId: r.task_id,
    taskName: r.task_name,
    minutes: r.minutes,
    rateCents: rate,
    // The booked amount (no billing rounding): what the grid sums live.
    amountCents: rate === null ? null : Math.round((r.minutes * rate) / 60),
    comment: r.comment,
    billable: r.billable === 1,
    billingState: r.billing_state,
    invoiceNumber: r.invoice_number,
  };
}
