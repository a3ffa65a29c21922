import { z } from 'zod';
import './zod-german';
import { IsoDateSchema } from './common';
import { CodedMessageSchema, messageToken } from './messages';

// Abrechnungslauf (issue 9): one invoice per project at month end, through the single export's
// exactly-once protocol, paced by billomat's rate limit, resumable after a restart.

export const BillingRunOptionsSchema = z.object({
  /** Bookings up to and including this date. */
  cutoffDate: IsoDateSchema,
  invoiceDate: IsoDateSchema,
  /** Drafts regardless of the projects' profiles (the scheduled run always creates drafts). */
  draftsOnly: z.boolean().default(false),
  /** Omitted = every eligible project. */
  projectIds: z.array(z.number().int().positive()).max(5000).optional(),
});
export type BillingRunOptions = z.output<typeof BillingRunOptionsSchema>;
export type BillingRunOptionsInput = z.input<typeof BillingRunOptionsSchema>;

export const BillingRunStartSchema = BillingRunOptionsSchema.extend({
  projectIds: z
    .array(z.number().int().positive())
    .min(1, { error: messageToken('FIELD_PROJECTS_REQUIRED') })
    .max(5000),
});
export type BillingRunStart = z.output<typeof BillingRunStartSchema>;

const IssueSchema = CodedMessageSchema;

export const BillingRunPreviewItemSchema = z.object({
  projectId: z.number().int(),
  projectNumber: z.string(),
  projectName: z.string(),
  customerName: z.string(),
  customerLinked: z.boolean(),
  bookingCount: z.number().int(),
  bookedMinutes: z.number().int(),
  billedMinutes: z.number().int(),
  lineCount: z.number().int(),
  currency: z.string(),
  totalNetCents: z.number().int(),
  totalGrossCents: z.number().int(),
  /** Completed in billomat (profile, unless the run creates drafts only). */
  complete: z.boolean(),
  /** True when the project would get an invoice (no blockers). */
  ready: z.boolean(),
  warnings: z.array(IssueSchema),
  blockers: z.array(IssueSchema),
});
export type BillingRunPreviewItem = z.infer<typeof BillingRunPreviewItemSchema>;

export const QuotaEstimateSchema = z.object({
  invoices: z.number().int(),
  /** Worst case: 1 POST + 1 customfield + 1 complete when chosen. */
  requests: z.number().int(),
  /** 15-minute windows needed, starting with the current one. */
  windows: z.number().int(),
  quotaPerWindow: z.number().int(),
  /** Last seen X-Rate-Limit-Remaining (null: nothing seen since the start). */
  remaining: z.number().int().nullable(),
  resetAt: z.string().nullable(),
});
export type QuotaEstimate = z.infer<typeof QuotaEstimateSchema>;

export const BillingRunPreviewSchema = z.object({
  cutoffDate: z.string(),
  invoiceDate: z.string(),
  items: z.array(BillingRunPreviewItemSchema),
  /** For the projects that are ready. */
  estimate: QuotaEstimateSchema,
});
export type BillingRunPreview = z.infer<typeof BillingRunPreviewSchema>;

export const BillingRunStatusSchema = z.enum(['running', 'waiting', 'done', 'cancelled', 'failed']);
export type BillingRunStatus = z.infer<typeof BillingRunStatusSchema>;
export const BillingRunItemStatusSchema = z.enum(['pending', 'running', 'done', 'skipped', 'failed']);
export type BillingRunItemStatus = z.infer<typeof BillingRunItemStatusSchema>;

export const BillingRunItemSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectNumber: z.string(),
  projectName: z.string(),
  customerName: z.string(),
  status: BillingRunItemStatusSchema,
  exportId: z.number().int().nullable(),
  /** null for drafts: billomat numbers an invoice when it is completed. */
  invoiceNumber: z.string().nullable(),
  billomatInvoiceId: z.number().int().nullable(),
  /** billomat's status as last seen (DRAFT, OPEN, …). */
  invoiceStatus: z.string().nullable(),
  /** Why the project was skipped or failed, or a note on a created invoice. */
  reason: CodedMessageSchema.nullable(),
  billedMinutes: z.number().int(),
  currency: z.string(),
  totalNetCents: z.number().int(),
  totalGrossCents: z.number().int(),
  finishedAt: z.string().nullable(),
});
export type BillingRunItem = z.infer<typeof BillingRunItemSchema>;

export const BillingRunSchema = z.object({
  id: z.number().int(),
  trigger: z.enum(['manual', 'schedule']),
  status: BillingRunStatusSchema,
  cutoffDate: z.string(),
  invoiceDate: z.string(),
  draftsOnly: z.boolean(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Paused for billomat's next rate-limit window. */
  waitingUntil: z.string().nullable(),
  cancelRequested: z.boolean(),
  error: CodedMessageSchema.nullable(),
  current: z.object({ projectNumber: z.string(), projectName: z.string() }).nullable(),
  counts: z.object({
    total: z.number().int(),
    pending: z.number().int(),
    done: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
  }),
  totalNetCents: z.number().int(),
  totalGrossCents: z.number().int(),
  requestsEstimate: z.number().int(),
});
export type BillingRun = z.infer<typeof BillingRunSchema>;

export const BillingRunDetailSchema = BillingRunSchema.extend({ items: z.array(BillingRunItemSchema) });
export type BillingRunDetail = z.infer<typeof BillingRunDetailSchema>;

export const BillingRunListSchema = z.object({ items: z.array(BillingRunSchema) });
export type BillingRunList = z.infer<typeof BillingRunListSchema>;
export const ActiveBillingRunSchema = z.object({ run: BillingRunDetailSchema.nullable() });
export type ActiveBillingRun = z.infer<typeof ActiveBillingRunSchema>;

export const BillingScheduleSchema = z.object({
  enabled: z.boolean(),
  dayOfMonth: z.coerce
    .number()
    .int()
    .min(1, { error: messageToken('FIELD_DAY_OF_MONTH') })
    .max(28, { error: messageToken('FIELD_DAY_OF_MONTH') }),
  /** Europe/Berlin, HH:MM. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: messageToken('FIELD_TIME_OF_DAY') }),
});
export type BillingSchedule = z.output<typeof BillingScheduleSchema>;
export type BillingScheduleInput = z.input<typeof BillingScheduleSchema>;
