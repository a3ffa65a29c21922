import { z } from 'zod';
import { IsoDateSchema } from '@plainstaff/contracts/common';
import {
  ExportProfileSchema,
  ExportSchema,
  InvoicePreviewSchema,
  PreviewLineSchema,
  PreviewWarningSchema,
} from '@plainstaff/contracts/exports';

// BASELINE, not product code: the HTTP shapes BEFORE issue 18 (`git show 671f99b:packages/contracts/
// src/exports.ts`), written as differences to today's contracts. The request named every booking; the
// answers listed every line's booking ids. Both went through zod, like every route of the server.

export const OldExportOptionsSchema = ExportProfileSchema.extend({
  bookingIds: z
    .array(z.number().int().positive())
    .min(1, { error: 'Bitte mindestens eine Buchung auswählen.' })
    .max(100_000)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Eine Buchung ist doppelt ausgewählt.' }),
  invoiceDate: IsoDateSchema,
  markAsBilled: z.boolean().default(true),
});
export type OldExportOptions = z.output<typeof OldExportOptionsSchema>;

export const OldExportRequestSchema = OldExportOptionsSchema.extend({
  previewToken: z.string().min(1).max(200),
});

const OldLineSchema = PreviewLineSchema.omit({ bookingCount: true }).extend({
  bookingIds: z.array(z.number().int()),
});
const OldWarningSchema = PreviewWarningSchema.extend({ bookingIds: z.array(z.number().int()).optional() });

export const OldPreviewSchema = InvoicePreviewSchema.extend({
  lines: z.array(OldLineSchema),
  warnings: z.array(OldWarningSchema),
  blockers: z.array(OldWarningSchema),
});
export type OldPreview = z.infer<typeof OldPreviewSchema>;

export const OldExportSchema = ExportSchema.extend({ lines: z.array(OldLineSchema) });

export const OldCandidatesQuerySchema = z.object({
  state: z.enum(['open', 'billed', 'all']).default('open'),
  billable: z.enum(['1', 'all']).default('1'),
});
