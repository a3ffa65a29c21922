import { z } from 'zod';
import './zod-german';
import { IsoDateSchema } from './common';
import { BillingRoundingSchema, ExportSelectionSchema } from './export-selection';
import { OptionalText } from './fields';
import { CodedMessageSchema } from './messages';

export { BillingRoundingSchema, type BillingRoundingValue } from './export-selection';

// Exporting project hours to billomat as one invoice (PRODUCT §4, §5).

/**
 * The placeholders a line template (`titleTemplate`, `descriptionTemplate`) may use, written `{name}`.
 * packages/billing fills them and the export page offers them, so both read this one list.
 */
export const LINE_TEMPLATE_PLACEHOLDERS = [
  'projekt',
  'projektnummer',
  'task',
  'mitarbeiter',
  'monat',
  'datum',
  'kommentare',
  'stunden',
] as const;
export type LineTemplatePlaceholder = (typeof LINE_TEMPLATE_PLACEHOLDERS)[number];
/** `projekt` → `{projekt}`, as typed into a template. */
export const placeholderToken = (name: LineTemplatePlaceholder) => `{${name}}`;

/** billomat's limits for an invoice item's title and description. */
export const LINE_TITLE_MAX_LENGTH = 255;
export const LINE_DESCRIPTION_MAX_LENGTH = 2000;

/** What a user configures on the export page; also the project's remembered export profile. */
export const ExportProfileSchema = z.object({
  groupByMonth: z.boolean().default(true),
  groupByTask: z.boolean().default(true),
  groupByEmployee: z.boolean().default(false),
  /** Empty = the default template of packages/billing. */
  titleTemplate: OptionalText(LINE_TITLE_MAX_LENGTH),
  descriptionTemplate: OptionalText(LINE_DESCRIPTION_MAX_LENGTH),
  rounding: BillingRoundingSchema.default(0),
  /** null = the integration's default (drafts unless set otherwise). */
  completeInBillomat: z.boolean().nullable().default(null),
});
export type ExportProfile = z.output<typeof ExportProfileSchema>;
export type ExportProfileInput = z.input<typeof ExportProfileSchema>;

/** GET …/export-setup: what the export page starts with (the project's remembered profile, defaults). */
export const ExportSetupSchema = z.object({
  profile: ExportProfileSchema,
  defaults: z.object({ completeInBillomat: z.boolean(), invoiceDate: z.string() }),
});
export type ExportSetup = z.infer<typeof ExportSetupSchema>;

export const ExportOptionsSchema = ExportProfileSchema.extend({
  /** Which bookings, as a query the server evaluates (export-selection.ts). */
  selection: ExportSelectionSchema,
  invoiceDate: IsoDateSchema,
  markAsBilled: z.boolean().default(true),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

export const PreviewLineSchema = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  unit: z.string(),
  /** Hundredths of an hour: 1250 = 12,50 Std. */
  quantityCentiHours: z.number().int(),
  unitPriceCents: z.number().int(),
  totalNetCents: z.number().int(),
  taxRateBp: z.number().int(),
  /** How many bookings the line bills (their ids stay on the server: a line may hold 100,000). */
  bookingCount: z.number().int(),
  bookedMinutes: z.number().int(),
  billedMinutes: z.number().int(),
  /** Why the line has its rate, e.g. "95,00 € pro Stunde aus Task" (code RATE_NOTE). */
  rateNote: CodedMessageSchema,
  firstDate: z.string(),
  lastDate: z.string(),
});
export type PreviewLine = z.infer<typeof PreviewLineSchema>;

export const PreviewWarningSchema = CodedMessageSchema.extend({
  /** The bookings concerned (at most the first 100) and how many there are in all. */
  bookingIds: z.array(z.number().int()).max(100).optional(),
  count: z.number().int().optional(),
});
export type PreviewWarning = z.infer<typeof PreviewWarningSchema>;

export const InvoicePreviewSchema = z.object({
  /** Binds an export to exactly this preview: changes to a selected booking invalidate it (409). */
  previewToken: z.string(),
  currency: z.string(),
  lines: z.array(PreviewLineSchema),
  taxes: z.array(
    z.object({ rateBp: z.number().int(), netCents: z.number().int(), vatCents: z.number().int() }),
  ),
  totalNetCents: z.number().int(),
  totalVatCents: z.number().int(),
  totalGrossCents: z.number().int(),
  /** Σ billed minutes × rate ÷ 60 of the invoiced bookings, to the cent: the value without rounding. */
  exactNetCents: z.number().int(),
  /**
   * Net minus that exact value ("Rundungsdifferenz"): quantities in hundredths of an hour are exact
   * only for multiples of 6 minutes, so with any billing increment it is 0.
   */
  roundingDifferenceCents: z.number().int(),
  bookedMinutes: z.number().int(),
  billedMinutes: z.number().int(),
  servicePeriod: z.object({ from: z.string(), to: z.string(), text: z.string() }).nullable(),
  label: z.string(),
  intro: z.string().nullable(),
  customer: z.object({ id: z.number().int(), name: z.string(), linked: z.boolean() }),
  warnings: z.array(PreviewWarningSchema),
  /** Reasons the export cannot run (customer not linked, not connected, billed bookings selected, …). */
  blockers: z.array(PreviewWarningSchema),
});
export type InvoicePreview = z.infer<typeof InvoicePreviewSchema>;

export const ExportRequestSchema = ExportOptionsSchema.extend({ previewToken: z.string().min(1).max(200) });
export type ExportRequest = z.output<typeof ExportRequestSchema>;

export const ExportStatusSchema = z.enum(['pending', 'created', 'failed', 'undone']);
export type ExportStatus = z.infer<typeof ExportStatusSchema>;

export const ExportSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  /** Our reference, stored in the invoice's customfield (the exactly-once key). */
  reference: z.string(),
  status: ExportStatusSchema,
  createdByName: z.string(),
  createdAt: z.string(),
  invoiceDate: z.string(),
  billomatInvoiceId: z.number().int().nullable(),
  invoiceNumber: z.string().nullable(),
  /** billomat's status as last seen: DRAFT, OPEN, PAID, OVERDUE, CANCELED. */
  invoiceStatus: z.string().nullable(),
  billomatUrl: z.string().nullable(),
  currency: z.string(),
  totalNetCents: z.number().int(),
  totalGrossCents: z.number().int(),
  /**
   * The totals billomat returned for the invoice, when it named them; compared with the preview's
   * after every export (billomatTotalsDiffer), so a different rounding in billomat is noticed.
   */
  billomatTotals: z.object({ netCents: z.number().int(), grossCents: z.number().int() }).nullable(),
  billomatTotalsDiffer: z.boolean(),
  bookingCount: z.number().int(),
  billedMinutes: z.number().int(),
  markAsBilled: z.boolean(),
  completeInBillomat: z.boolean(),
  lines: z.array(PreviewLineSchema),
  /** The last problem when status is failed or pending, or a note on a created invoice. */
  error: CodedMessageSchema.nullable(),
  undoneAt: z.string().nullable(),
});
export type Export = z.infer<typeof ExportSchema>;

/**
 * One page of a project's exports, newest first: GET /api/projects/:id/exports?before&limit. Without
 * `before` the newest; `before` the exports older than that export id (the previous page's `nextBefore`).
 */
export const ExportListQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ExportListQuery = z.output<typeof ExportListQuerySchema>;

/** `nextBefore`: the cursor of the next (older) page, or null when this page is the last. */
export const ExportListSchema = z.object({
  items: z.array(ExportSchema),
  nextBefore: z.number().int().nullable(),
});
export type ExportList = z.infer<typeof ExportListSchema>;
