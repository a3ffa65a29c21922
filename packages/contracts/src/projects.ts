import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';
import { IsoDateSchema } from './common';
import {
  BudgetMinutesField,
  OptionalBasisPointsField,
  OptionalCentsField,
  OptionalText,
  RequiredText,
} from './fields';

export const ProjectStatusSchema = z.enum(['planned', 'running', 'completed']);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;
export const BudgetTypeSchema = z.enum(['none', 'hours', 'amount']);

export const TaskSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  name: z.string(),
  rateCents: z.number().int().nullable(),
  budgetMinutes: z.number().int().nullable(),
  bookedMinutes: z.number().int(),
});
export type Task = z.infer<typeof TaskSchema>;

export const ProjectMemberSchema = z.object({
  userId: z.number().int(),
  userName: z.string(),
  rateCents: z.number().int().nullable(),
  isManager: z.boolean(),
});
export type ProjectMember = z.infer<typeof ProjectMemberSchema>;

/**
 * Booked, billed and unbilled figures of a project (billable bookings only for amounts): invoicedCents
 * is the net of its invoices as billomat returned them, unbilledCents the billed amount of its open
 * hours under the billing rule (docs/billing-rules.md), like the Übersicht.
 */
export const ProjectSummarySchema = z.object({
  bookedMinutes: z.number().int(),
  billedMinutes: z.number().int(),
  invoicedCents: z.number().int(),
  unbilledMinutes: z.number().int(),
  unbilledCents: z.number().int(),
  /** Booked share of the budget in percent (hours or amount budget); null without a budget. */
  budgetUsedPercent: z.number().nullable(),
  lastInvoiceDate: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const ProjectSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  name: z.string(),
  description: z.string(),
  customerId: z.number().int(),
  customerName: z.string(),
  /** True when the customer was imported from billomat (only those can be invoiced). */
  customerLinked: z.boolean(),
  status: ProjectStatusSchema,
  currency: z.string(),
  vatOverrideBp: z.number().int().nullable(),
  startDate: z.string().nullable(),
  budgetType: BudgetTypeSchema,
  budgetMinutes: z.number().int().nullable(),
  budgetCents: z.number().int().nullable(),
  hourlyRateCents: z.number().int().nullable(),
  noTasks: z.boolean(),
  tasks: z.array(TaskSchema),
  members: z.array(ProjectMemberSchema),
  summary: ProjectSummarySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof ProjectSchema>;

export const ProjectListItemSchema = ProjectSchema.omit({ tasks: true, members: true, description: true });
export type ProjectListItem = z.infer<typeof ProjectListItemSchema>;

export const TaskInputSchema = z.object({
  /** Present when editing an existing task; absent for a new one. */
  id: z.number().int().optional(),
  name: RequiredText(120, 'FIELD_TASK_NAME_REQUIRED'),
  rateCents: OptionalCentsField.default(null),
  budgetMinutes: BudgetMinutesField.default(null),
});
export type TaskInput = z.input<typeof TaskInputSchema>;

export const MemberInputSchema = z.object({
  userId: z.number().int().positive(),
  rateCents: OptionalCentsField.default(null),
  isManager: z.boolean().default(false),
});

export const ProjectInputSchema = z
  .object({
    number: RequiredText(40, 'FIELD_PROJECT_NUMBER_REQUIRED'),
    name: RequiredText(200, 'FIELD_PROJECT_NAME_REQUIRED'),
    description: OptionalText(2000),
    customerId: z
      .number({ error: messageToken('FIELD_CUSTOMER_REQUIRED') })
      .int()
      .positive({ error: messageToken('FIELD_CUSTOMER_REQUIRED') }),
    status: ProjectStatusSchema.default('planned'),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, { error: messageToken('FIELD_CURRENCY') })
      .default('EUR'),
    vatOverrideBp: OptionalBasisPointsField.default(null),
    startDate: z.preprocess((v) => (v === '' ? null : v), IsoDateSchema.nullable()).default(null),
    budgetType: BudgetTypeSchema.default('none'),
    budgetMinutes: BudgetMinutesField.default(null),
    budgetCents: OptionalCentsField.default(null),
    hourlyRateCents: OptionalCentsField.default(null),
    noTasks: z.boolean().default(false),
    tasks: z.array(TaskInputSchema).max(200).default([]),
    members: z.array(MemberInputSchema).max(500).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.budgetType === 'hours' && p.budgetMinutes === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['budgetMinutes'],
        message: messageToken('FIELD_BUDGET_HOURS_REQUIRED'),
      });
    }
    if (p.budgetType === 'amount' && p.budgetCents === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['budgetCents'],
        message: messageToken('FIELD_BUDGET_AMOUNT_REQUIRED'),
      });
    }
    const names = p.tasks.map((t) => t.name.toLowerCase());
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'name'],
          message: messageToken('TASK_NAME_TAKEN'),
        });
    });
    const users = p.members.map((m) => m.userId);
    users.forEach((u, i) => {
      if (users.indexOf(u) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'userId'],
          message: messageToken('FIELD_MEMBER_DUPLICATE'),
        });
    });
  });
export type ProjectInput = z.output<typeof ProjectInputSchema>;
export type ProjectFormValues = z.input<typeof ProjectInputSchema>;

export const ProjectListQuerySchema = z.object({
  search: z.string().trim().max(200).optional(),
  status: ProjectStatusSchema.optional(),
  customerId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>;

export const ProjectListSchema = z.object({
  items: z.array(ProjectListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProjectList = z.infer<typeof ProjectListSchema>;

export const TaskParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  taskId: z.coerce.number().int().positive(),
});
/** `POST/PATCH /api/projects/:id/tasks`: one task without its id. */
export const TaskBodySchema = TaskInputSchema.omit({ id: true });
export type TaskBody = z.output<typeof TaskBodySchema>;
export const TaskListSchema = z.object({ items: z.array(TaskSchema) });
export type TaskList = z.infer<typeof TaskListSchema>;
