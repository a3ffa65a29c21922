import { z } from 'zod';
import './zod-german';
import { CodedMessageSchema, messageToken } from './messages';
import { IsoDateSchema } from './common';
import { MinutesField, OptionalCentsField, OptionalText } from './fields';

export const BillingStateSchema = z.enum(['open', 'reserved', 'billed']);
export type BillingState = z.infer<typeof BillingStateSchema>;
export const RateSourceSchema = z.enum(['member', 'task', 'project', 'user', 'none', 'manual']);
export type RateSource = z.infer<typeof RateSourceSchema>;

export const BookingSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectName: z.string(),
  projectNumber: z.string(),
  taskId: z.number().int().nullable(),
  taskName: z.string().nullable(),
  employeeId: z.number().int(),
  employeeName: z.string(),
  date: z.string(),
  minutes: z.number().int(),
  rateCents: z.number().int().nullable(),
  rateSource: RateSourceSchema,
  /** round(minutes / 60 × rate), in cents; null without a rate. */
  amountCents: z.number().int().nullable(),
  comment: z.string(),
  billable: z.boolean(),
  billingState: BillingStateSchema,
  exportId: z.number().int().nullable(),
  invoiceNumber: z.string().nullable(),
  /** Bumped on every change; the export binds its preview to it. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Booking = z.infer<typeof BookingSchema>;

export const BookingInputSchema = z.object({
  projectId: z
    .number({ error: messageToken('FIELD_PROJECT_REQUIRED') })
    .int()
    .positive({ error: messageToken('FIELD_PROJECT_REQUIRED') }),
  taskId: z.number().int().positive().nullable().default(null),
  /** Admins and managers may book for someone else; default is the signed-in user. */
  employeeId: z.number().int().positive().optional(),
  date: IsoDateSchema,
  minutes: MinutesField,
  /** Empty = take the rate from the hierarchy (member → task → project → user). */
  rateCents: OptionalCentsField.default(null),
  comment: OptionalText(1000),
  billable: z.boolean().default(true),
});
export type BookingInput = z.output<typeof BookingInputSchema>;
export type BookingFormValues = z.input<typeof BookingInputSchema>;

export const BookingListQuerySchema = z.object({
  projectId: z.coerce.number().int().positive().optional(),
  employeeId: z.coerce.number().int().positive().optional(),
  taskId: z.coerce.number().int().positive().optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  billingState: BillingStateSchema.optional(),
  billable: z.enum(['0', '1']).optional(),
  /** `mine=1`: only the signed-in user's bookings (the Buchungen page). */
  mine: z.enum(['0', '1']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type BookingListQuery = z.infer<typeof BookingListQuerySchema>;

export const BookingListSchema = z.object({
  items: z.array(BookingSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalMinutes: z.number().int(),
});
export type BookingList = z.infer<typeof BookingListSchema>;

/** What the booking dialog shows before saving: the rate the hierarchy yields and where it comes from. */
export const RateSuggestionQuerySchema = z.object({
  projectId: z.coerce.number().int().positive(),
  taskId: z.coerce.number().int().positive().optional(),
  employeeId: z.coerce.number().int().positive().optional(),
});
export const RateSuggestionSchema = z.object({
  rateCents: z.number().int().nullable(),
  source: RateSourceSchema,
  /** e.g. "Satz aus Task Konzeption" (code RATE_SUGGESTION) */
  label: CodedMessageSchema,
});
export type RateSuggestion = z.infer<typeof RateSuggestionSchema>;

/** Projects an employee may book on: running, assigned, with their tasks. */
export const BookableProjectSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  name: z.string(),
  customerName: z.string(),
  noTasks: z.boolean(),
  startDate: z.string().nullable(),
  tasks: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** Remaining budget, when the project has one. */
  remainingMinutes: z.number().int().nullable(),
  remainingCents: z.number().int().nullable(),
});
export const BookableProjectListSchema = z.object({ items: z.array(BookableProjectSchema) });
export type BookableProject = z.infer<typeof BookableProjectSchema>;
export type BookableProjectList = z.infer<typeof BookableProjectListSchema>;

/**
 * `PATCH /api/bookings/:id`: only the fields sent change. `rateCents: null` takes the rate from the
 * hierarchy again; `version` (optional) refuses the change when someone else changed the booking meanwhile.
 */
export const BookingUpdateSchema = z.object({
  projectId: z.number().int().positive().optional(),
  taskId: z.number().int().positive().nullable().optional(),
  employeeId: z.number().int().positive().optional(),
  date: IsoDateSchema.optional(),
  minutes: MinutesField.optional(),
  rateCents: OptionalCentsField.optional(),
  comment: OptionalText(1000).unwrap().optional(),
  billable: z.boolean().optional(),
  version: z.number().int().positive().optional(),
});
export type BookingUpdate = z.output<typeof BookingUpdateSchema>;
