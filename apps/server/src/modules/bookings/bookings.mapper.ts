import { billBooking } from '@plainstaff/billing';
import type { Booking } from '@plainstaff/contracts/bookings';
import type { BookingRow } from './bookings.repository';

/** The billing rule without increment: what the booking bills as a line of its own. */
export function amountOf(minutes: number, rateCents: number): number {
  return billBooking(minutes, rateCents, 0).amountCents!;
}

export function toBooking(row: BookingRow): Booking {
  const rateCents = row.rate_cents === null ? null : Number(row.rate_cents);
  return {
    id: row.id,
    projectId: row.project_id,
    projectName: row.project_name,
    projectNumber: row.project_number,
    taskId: row.task_id,
    taskName: row.task_name,
    employeeId: row.employee_id,
    employeeName: row.employee_name,
    date: row.date,
    minutes: row.minutes,
    rateCents,
    rateSource: row.rate_source,
    amountCents: rateCents === null ? null : amountOf(row.minutes, rateCents),
    comment: row.comment,
    billable: row.billable === 1,
    billingState: row.billing_state,
    exportId: row.export_id,
    invoiceNumber: row.invoice_number,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
