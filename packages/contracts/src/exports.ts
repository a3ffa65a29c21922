import { z } from 'zod';
import './zod-german';
import { IsoDateSchema } from './common';
import { OptionalText } from './fields';

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

export const BillingRoundingSchema = z.union([z.literal(0), z.literal(6), z.literal(15), z.literal(30)]);
export type BillingRoundingValue = z.infer<typeof BillingRoundingSchema>;

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

export const ExportOptionsSchema = ExportProfileSchema.extend({
  bookingIds: z
    .array(z.number().int().positive())
    .min(1, { error: 'Bitte mindestens eine Buchung auswählen.' })
    .max(100_000)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Eine Buchung ist doppelt ausgewählt.' }),
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
  bookingIds: z.array(z.number().int()),
  bookedMinutes: z.number().int(),
  billedMinutes: z.number().int(),
  /** Why the line has its rate, e.g. "95,00 € pro Stunde aus Task". */
  rateNote: z.string(),
  firstDate: z.string(),
  lastDate: z.string(),
});
export type PreviewLine = z.infer<typeof PreviewLineSchema>;

export const PreviewWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  bookingIds: z.array(z.number().int()).optional(),
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
  /** The last problem, in German, when status is failed or pending. */
  error: z.string().nullable(),
  undoneAt: z.string().nullable(),
});
export type Export = z.infer<typeof ExportSchema>;

export const ExportListSchema = z.object({ items: z.array(ExportSchema) });
export type ExportList = z.infer<typeof ExportListSchema>;

/** Rows for the export grid: compact, all filtered bookings at once (up to 100,000). */
export const ExportCandidatesQuerySchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  employeeIds: z
    .string()
    .regex(/^\d+(,\d+)*$/)
    .optional(),
  taskIds: z
    .string()
    .regex(/^(\d+|none)(,(\d+|none))*$/)
    .optional(),
  state: z.enum(['open', 'billed', 'all']).default('open'),
  billable: z.enum(['1', 'all']).default('1'),
});
export type ExportCandidatesQuery = z.infer<typeof ExportCandidatesQuerySchema>;

export const ExportCandidateSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  employeeId: z.number().int(),
  employeeName: z.string(),
  taskId: z.number().int().nullable(),
  taskName: z.string().nullable(),
  minutes: z.number().int(),
  rateCents: z.number().int().nullable(),
  amountCents: z.number().int().nullable(),
  comment: z.string(),
  billable: z.boolean(),
  billingState: z.enum(['open', 'reserved', 'billed']),
  invoiceNumber: z.string().nullable(),
});
export type ExportCandidate = z.infer<typeof ExportCandidateSchema>;
export const ExportCandidateListSchema = z.object({
  items: z.array(ExportCandidateSchema),
  profile: ExportProfileSchema,
  defaults: z.object({ completeInBillomat: z.boolean(), invoiceDate: z.string() }),
});
export type ExportCandidateList = z.infer<typeof ExportCandidateListSchema>;
