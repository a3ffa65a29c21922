import type { ExportBookingRow } from '@plainstaff/contracts/export-selection';
import { invoiceUrl } from '../exports.mapper';
import type { GridRow } from './grid.repository';

const num = (v: unknown) => Number(v);

/** A grid row: exactly the contract's fields (this mapper is the route's allowlist). */
/** `urlBase(account)`: billomat's address for the account the invoice was created in. */
export function toGridRow(r: GridRow, urlBase: (account: string | null) => string | null): ExportBookingRow {
  return {
    id: r.id,
    date: r.date,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    taskId: r.task_id,
    taskName: r.task_name,
    minutes: r.minutes,
    billedMinutes: num(r.billed_minutes),
    quantityHundredths: num(r.quantity),
    rateCents: r.rate_cents === null ? null : num(r.rate_cents),
    rateSource: r.rate_source,
    amountCents: r.amount_cents === null ? null : num(r.amount_cents),
    comment: r.comment,
    billable: r.billable === 1,
    billingState: r.billing_state,
    exportId: r.export_id,
    invoiceNumber: r.invoice_number,
    invoiceUrl:
      r.billing_state === 'billed' && r.billomat_invoice_id !== null
        ? invoiceUrl(urlBase(r.billomat_account), Number(r.billomat_invoice_id))
        : null,
  };
}
