import { z } from 'zod';
import './zod-german';

// Übersicht (issue 8): unbilled hours, billed amounts and billomat's invoice status at a glance.
// A booking's amount is round(minutes × rate / 60) in integer cents, the same definition as the
// project summary; "unbilled" = billable and not billed (reserved counts as unbilled until billed).

const int = z.number().int();

export const OverviewFiguresSchema = z.object({
  bookedMinutes: int,
  /** Σ amount of the billable bookings (what the amount budget is measured against). */
  billableCents: int,
  billedMinutes: int,
  billedCents: int,
  unbilledMinutes: int,
  unbilledCents: int,
});
export type OverviewFigures = z.infer<typeof OverviewFiguresSchema>;

export const OverviewProjectSchema = OverviewFiguresSchema.extend({
  id: int,
  number: z.string(),
  name: z.string(),
  customerId: int,
  customerName: z.string(),
  currency: z.string(),
  /** Booked share of the budget in percent (hours or amount budget); null without a budget. */
  budgetUsedPercent: z.number().nullable(),
  lastInvoiceDate: z.string().nullable(),
});
export type OverviewProject = z.infer<typeof OverviewProjectSchema>;

export const OverviewCustomerSchema = OverviewFiguresSchema.extend({
  id: int,
  name: z.string(),
  projectCount: int,
  lastInvoiceDate: z.string().nullable(),
});
export type OverviewCustomer = z.infer<typeof OverviewCustomerSchema>;

export const OverviewMonthSchema = z.object({
  /** `YYYY-MM` */
  month: z.string(),
  billedCents: int,
  unbilledCents: int,
  billedMinutes: int,
  unbilledMinutes: int,
});
export type OverviewMonth = z.infer<typeof OverviewMonthSchema>;

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export const AgingBucketKeySchema = z.enum(AGING_BUCKETS);
export type AgingBucketKey = z.infer<typeof AgingBucketKeySchema>;

/** Unbilled billable bookings of one project in one age bucket (by booking date, relative to today). */
export const AgingCellSchema = z.object({
  bucket: AgingBucketKeySchema,
  minutes: int,
  cents: int,
  /** The bucket's booking-date range, for the export page's `from`/`to` filter; from is null for "> 90". */
  from: z.string().nullable(),
  to: z.string().nullable(),
  projects: z.array(z.object({ id: int, number: z.string(), name: z.string(), minutes: int, cents: int })),
});
export type AgingCell = z.infer<typeof AgingCellSchema>;

export const AgingRowSchema = z.object({
  customerId: int,
  customerName: z.string(),
  totalMinutes: int,
  totalCents: int,
  buckets: z.array(AgingCellSchema),
});
export type AgingRow = z.infer<typeof AgingRowSchema>;

/** billomat's status as last seen (DRAFT, OPEN, OVERDUE, PAID, CANCELED). */
export const InvoiceStatusSchema = z.enum(['DRAFT', 'OPEN', 'OVERDUE', 'PAID', 'CANCELED']);
export type InvoiceStatus = z.infer<typeof InvoiceStatusSchema>;

export const CancelledInvoiceSchema = z.object({
  exportId: int,
  projectId: int,
  projectNumber: z.string(),
  projectName: z.string(),
  invoiceNumber: z.string().nullable(),
  totalGrossCents: int,
  /** Bookings still marked billed by this export: "Buchungen freigeben" releases them. */
  billedBookingCount: int,
});
export type CancelledInvoice = z.infer<typeof CancelledInvoiceSchema>;

export const OverviewInvoicesSchema = z.object({
  /** Gross amounts of our exported invoices by billomat status (OPEN + OVERDUE count as open). */
  openCents: int,
  openCount: int,
  overdueCents: int,
  overdueCount: int,
  paidCents: int,
  paidCount: int,
  draftCount: int,
  /** Exported invoices whose billomat status has never been fetched. */
  unknownCount: int,
  lastRefreshAt: z.string().nullable(),
  cancelled: z.array(CancelledInvoiceSchema),
});
export type OverviewInvoices = z.infer<typeof OverviewInvoicesSchema>;

export const OverviewSchema = z.object({
  /** all = admin, managed = a manager's projects, own = an employee's own bookings. */
  scope: z.enum(['all', 'managed', 'own']),
  today: z.string(),
  totals: OverviewFiguresSchema,
  projects: z.array(OverviewProjectSchema),
  customers: z.array(OverviewCustomerSchema),
  months: z.array(OverviewMonthSchema),
  aging: z.array(AgingRowSchema),
  /** null for employees (they see their own hours, not invoices). */
  invoices: OverviewInvoicesSchema.nullable(),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const StatusRefreshSchema = z.object({
  /** Exported invoices whose status was looked up. */
  checked: int,
  /** Invoices whose status changed. */
  changed: int,
  /** billomat requests it took (one per 1,000 invoices). */
  requests: int,
  /** Our invoices billomat did not list (deleted there, or the reference was removed): status kept. */
  notFound: int,
  invoices: OverviewInvoicesSchema,
});
export type StatusRefresh = z.infer<typeof StatusRefreshSchema>;

export const ReleaseResultSchema = z.object({ exportId: int, releasedBookings: int });
export type ReleaseResult = z.infer<typeof ReleaseResultSchema>;
