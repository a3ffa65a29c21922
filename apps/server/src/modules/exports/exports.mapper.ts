import { billBooking } from '@plainstaff/billing';
import type { Export, ExportCandidate, PreviewLine } from '@plainstaff/contracts/exports';
import type { CandidateRow } from './candidates.repository';
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
    ...billomatTotalsOf(row),
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
    // The billing rule without increment: what the booking bills as a line of its own.
    amountCents: billBooking(r.minutes, rate, 0).amountCents,
    comment: r.comment,
    billable: r.billable === 1,
    billingState: r.billing_state,
    invoiceNumber: r.invoice_number,
  };
}
