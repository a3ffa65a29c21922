import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';
import { IsoDateSchema } from './common';

// The export page at a firm's scale (issue 18): the grid is a window of keyset pages, the selection a
// query evaluated on the server, the totals one SQL aggregate. Nothing sends or receives every booking.

const Id = z.coerce.number().int().positive();

/** The billing increment per booking in minutes (docs/billing-rules.md); 0 = none. */
export const BillingRoundingSchema = z.union([z.literal(0), z.literal(6), z.literal(15), z.literal(30)]);
export type BillingRoundingValue = z.infer<typeof BillingRoundingSchema>;

/** A list of ids as JSON array or as "1,2,3" (a query string). */
const IdList = z
  .union([z.array(Id), z.string().regex(/^(\d+(,\d+)*)?$/)])
  .transform((v) => (typeof v === 'string' ? (v ? v.split(',').map(Number) : []) : v))
  .pipe(z.array(z.number().int().positive()).max(500));

/** Task ids and/or "none" (bookings without a task). */
const TaskList = z
  .union([z.array(z.union([Id, z.literal('none')])), z.string().regex(/^((\d+|none)(,(\d+|none))*)?$/)])
  .transform((v) =>
    typeof v === 'string' ? (v ? v.split(',').map((x) => (x === 'none' ? 'none' : Number(x))) : []) : v,
  )
  .pipe(z.array(z.union([z.number().int().positive(), z.literal('none')])).max(500));

/** The grid's filter (PRODUCT §2.3): period, employees, tasks, billing state. Empty lists = all. */
export const ExportFilterSchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  employeeIds: IdList.default([]),
  taskIds: TaskList.default([]),
  state: z.enum(['open', 'billed', 'all']).default('open'),
});
export type ExportFilter = z.output<typeof ExportFilterSchema>;
export type ExportFilterInput = z.input<typeof ExportFilterSchema>;

/** At most this many ids are named one by one in a selection (a few hundred kilobytes at most). */
export const MAX_SELECTION_IDS = 10_000;

const IdSet = z
  .array(z.number().int().positive())
  .max(MAX_SELECTION_IDS, {
    error: messageToken('FIELD_SELECTION_TOO_MANY', { maximum: MAX_SELECTION_IDS }),
  })
  .default([])
  .refine((ids) => new Set(ids).size === ids.length, { error: messageToken('FIELD_SELECTION_DUPLICATE') });

/**
 * Which bookings an export bills, evaluated on the server: `all` = every open, billable booking the
 * filter finds except `excluded` ("alle gefilterten auswählen", then single checkboxes off); `only` =
 * just the `included` ones the filter also finds. Bookings that are not open and billable are never
 * selected, whatever the lists say.
 */
export const ExportSelectionSchema = z.object({
  filter: ExportFilterSchema,
  mode: z.enum(['all', 'only']),
  included: IdSet,
  excluded: IdSet,
});
export type ExportSelection = z.output<typeof ExportSelectionSchema>;
export type ExportSelectionInput = z.input<typeof ExportSelectionSchema>;

/** Keyset cursor of the grid's order (date, id): "2026-06-30,4711". */
export const GridCursorSchema = z.string().regex(/^\d{4}-\d{2}-\d{2},\d+$/);

/**
 * One page of the grid: GET …/export-bookings?from&to&employeeIds&taskIds&state&after|before&limit&rounding.
 * Without a cursor the first page; `after` the rows following that row, `before` the rows preceding it
 * (both returned in grid order, date then id).
 */
export const ExportBookingsQuerySchema = ExportFilterSchema.extend({
  after: GridCursorSchema.optional(),
  before: GridCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  /** The billing increment the amounts are shown with (the export options' "Abrechnungstakt"). */
  rounding: z.coerce.number().pipe(BillingRoundingSchema).default(0),
});
export type ExportBookingsQuery = z.input<typeof ExportBookingsQuerySchema>;

export const ExportBookingRowSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  employeeId: z.number().int(),
  employeeName: z.string(),
  taskId: z.number().int().nullable(),
  taskName: z.string().nullable(),
  /** Booked time, never changed by billing. */
  minutes: z.number().int(),
  /** Under the billing rule with the requested increment (docs/billing-rules.md). */
  billedMinutes: z.number().int(),
  quantityHundredths: z.number().int(),
  rateCents: z.number().int().nullable(),
  /** Where the rate came from: member, task, project, user, manual; none without a rate. */
  rateSource: z.string(),
  /** What this booking bills as a line of its own; null without a rate. */
  amountCents: z.number().int().nullable(),
  comment: z.string(),
  billable: z.boolean(),
  billingState: z.enum(['open', 'reserved', 'billed']),
  exportId: z.number().int().nullable(),
  invoiceNumber: z.string().nullable(),
  /** billomat's page of the invoice that billed the booking (while billomat is connected). */
  invoiceUrl: z.string().nullable(),
});
export type ExportBookingRow = z.infer<typeof ExportBookingRowSchema>;

export const ExportBookingPageSchema = z.object({
  items: z.array(ExportBookingRowSchema),
  /** `after` for the next page; null when this page ends the grid. */
  nextCursor: z.string().nullable(),
  /** `before` for the page above; null when this page starts the grid. */
  previousCursor: z.string().nullable(),
});
export type ExportBookingPage = z.infer<typeof ExportBookingPageSchema>;

/** POST …/export-selection: the figures of the filter and of the selection, from one aggregate. */
export const SelectionTotalsRequestSchema = z.object({
  selection: ExportSelectionSchema,
  rounding: BillingRoundingSchema.default(0),
});
export type SelectionTotalsRequest = z.input<typeof SelectionTotalsRequestSchema>;

export const SelectionTotalsSchema = z.object({
  /** Every booking the filter finds (the grid's row count), and how many of them can be selected. */
  filteredCount: z.number().int(),
  selectableCount: z.number().int(),
  selectedCount: z.number().int(),
  bookedMinutes: z.number().int(),
  billedMinutes: z.number().int(),
  quantityHundredths: z.number().int(),
  /** Σ of the selected bookings' amounts (each as a line of its own); rate-less bookings count 0. */
  amountCents: z.number().int(),
  /** Selected bookings without an hourly rate: they stay open. */
  unpricedCount: z.number().int(),
});
export type SelectionTotals = z.infer<typeof SelectionTotalsSchema>;

/** POST …/export-bookings/range: the selectable ids between two rows (a shift-click across pages). */
export const GridRangeRequestSchema = z.object({
  filter: ExportFilterSchema,
  from: GridCursorSchema,
  to: GridCursorSchema,
});
export type GridRangeRequest = z.input<typeof GridRangeRequestSchema>;
export const GridRangeSchema = z.object({ ids: z.array(z.number().int()) });
export type GridRange = z.infer<typeof GridRangeSchema>;
