import { z } from 'zod';
import './zod-german';
import { CodedMessageSchema } from './messages';

/** What one import did; `missing` and `archived` describe the state after the run. */
export const CustomerImportSummarySchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Manual customers that became billomat customers instead of being duplicated. */
  linked: z.number().int(),
  /** Customers whose billomat client no longer exists ("nicht mehr in billomat"). */
  missing: z.number().int(),
  /** Archived clients in billomat (kept, flagged, hidden from the "Kunde" select box). */
  archived: z.number().int(),
  /**
   * Clients held back because a customer of another billomat account has the same client number:
   * they are linked to that customer only when the user confirms it (POST …/runs/:id/relink).
   */
  relinkable: z.number().int(),
  /** Customers of another account relinked to this account's clients after the user confirmed. */
  relinked: z.number().int(),
});
export type CustomerImportSummary = z.infer<typeof CustomerImportSummarySchema>;

export const CustomerImportRunStatusSchema = z.enum(['running', 'completed', 'failed']);

export const CustomerImportRunSchema = z.object({
  id: z.number().int(),
  status: CustomerImportRunStatusSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  pagesDone: z.number().int(),
  /** Known once billomat answered the first page. */
  pagesTotal: z.number().int().nullable(),
  summary: CustomerImportSummarySchema,
  /** The billomat account (billomat ID) imported from. */
  billomatAccount: z.string().nullable(),
  /** Why a run failed, as a coded message that says what to do. */
  error: CodedMessageSchema.nullable(),
});
export type CustomerImportRun = z.infer<typeof CustomerImportRunSchema>;

/** POST /api/customers/import → 202: the run that was started, or the running one that was joined. */
export const CustomerImportStartSchema = z.object({
  run: CustomerImportRunSchema,
  joined: z.boolean(),
});
export type CustomerImportStart = z.infer<typeof CustomerImportStartSchema>;

/** POST /api/customers/import/runs/:id/relink: what the confirmation changed. */
export const CustomerRelinkResultSchema = z.object({
  relinked: z.number().int(),
  run: CustomerImportRunSchema,
});
export type CustomerRelinkResult = z.infer<typeof CustomerRelinkResultSchema>;

/** GET /api/customers/import/status */
export const CustomerImportStatusSchema = z.object({
  connected: z.boolean(),
  running: z.boolean(),
  lastRun: CustomerImportRunSchema.nullable(),
});
export type CustomerImportStatus = z.infer<typeof CustomerImportStatusSchema>;

export const CustomerImportEventsQuerySchema = z.object({
  /** The run to follow; default: the running one, else the last one. */
  runId: z.coerce.number().int().positive().optional(),
});

/**
 * GET /api/customers/import/events (text/event-stream). Event names `progress`, `completed`, `failed`;
 * every `data:` line is a CustomerImportRun as JSON. The stream ends after `completed` or `failed`.
 */
export const CUSTOMER_IMPORT_EVENTS = ['progress', 'completed', 'failed'] as const;
export type CustomerImportEventName = (typeof CUSTOMER_IMPORT_EVENTS)[number];
