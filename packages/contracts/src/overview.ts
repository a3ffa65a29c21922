import { z } from 'zod';
import './zod-german';

// Übersicht: unbilled hours, invoiced money and billomat's invoice status at a glance. Money is never
// summed across currencies: customers, totals and months carry one entry per currency.
// - "Abgerechnet" (invoicedCents) is the invoiced net as billomat returned it (the preview's net for
//   invoices billomat did not total), of created, not cancelled exports. An employee sees no invoices:
//   for him it is the billed amount of his own billed hours under the billing rule.
// - "Nicht abgerechnet" (unbilledCents) is the billed amount of billable, not yet billed hours under
//   the billing rule (docs/billing-rules.md, no increment); reserved counts as unbilled until billed.

const int = z.number().int();

export const MoneyFiguresSchema = z.object({
  currency: z.string(),
  /** Σ billed amount of the billable bookings (what an amount budget is measured against). */
  billableCents: int,
  invoicedCents: int,
  unbilledCents: int,
});
export type MoneyFigures = z.infer<typeof MoneyFiguresSchema>;

const MinuteFigures = {
  bookedMinutes: int,
  billedMinutes: int,
  unbilledMinutes: int,
};

/** Figures that may span currencies (a customer, all projects): one money entry per currency. */
export const OverviewFiguresSchema = z.object({
  ...MinuteFigures,
  /** Sorted by currency code; empty when there is no money at all. */
  money: z.array(MoneyFiguresSchema),
});
export type OverviewFigures = z.infer<typeof OverviewFiguresSchema>;

/** A project has one currency, so its money is flat. */
export const OverviewProjectSchema = MoneyFiguresSchema.extend({
  ...MinuteFigures,
  id: int,
  number: z.string(),
  name: z.string(),
  customerId: int,
  customerName: z.string(),
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
  /** Hours billed / still unbilled of the bookings of that month. */
  billedMinutes: int,
  unbilledMinutes: int,
  /**
   * Per currency: the net of the invoices dated in that month, and the unbilled amount of the
   * bookings of that month.
   */
  money: z.array(z.object({ currency: z.string(), invoicedCents: int, unbilledCents: int })),
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

/** One customer's unbilled hours in one currency (a customer with projects in two currencies has two rows). */
export const AgingRowSchema = z.object({
  customerId: int,
  customerName: z.string(),
  currency: z.string(),
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
  currency: z.string(),
  totalGrossCents: int,
  /** Bookings still marked billed by this export: "Buchungen freigeben" releases them. */
  billedBookingCount: int,
});
export type CancelledInvoice = z.infer<typeof CancelledInvoiceSchema>;

export const OverviewInvoicesSchema = z.object({
  /** Gross amounts of our exported invoices by billomat status (OPEN + OVERDUE count as open), per currency. */
  amounts: z.array(z.object({ currency: z.string(), openCents: int, overdueCents: int, paidCents: int })),
  openCount: int,
  overdueCount: int,
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
