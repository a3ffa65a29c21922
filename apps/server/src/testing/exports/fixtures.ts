import type { FastifyInstance } from 'fastify';
import type { Sandbox } from 'billomat-sandbox';
import { DEMO_ID } from '../integration';

export interface BookingSpec {
  date: string;
  minutes: number;
  rateCents?: number | null;
  task?: 0 | 1 | null;
  employeeId?: number;
  comment?: string;
  billable?: boolean;
}

export interface Fixture {
  projectId: number;
  customerId: number;
  clientId: number;
  taskIds: number[];
  bookingIds: number[];
}

let n = 0;
const now = () => new Date().toISOString();

/**
 * A billomat client in the sandbox, the same customer imported here, a running project with two tasks
 * and bookings — written directly, independent of the core modules' routes.
 */
export async function seedProject(
  app: FastifyInstance,
  sandbox: Sandbox,
  opts: {
    employeeId: number;
    managerId?: number;
    linked?: boolean;
    /** The billomat account the customer's link belongs to (default: the connected DEMO_ID). */
    account?: string;
    /** The client is archived in billomat (as the import mirrors it). */
    archived?: boolean;
    description?: string;
    vatOverrideBp?: number | null;
    bookings: BookingSpec[];
  },
): Promise<Fixture> {
  const k = ++n;
  const client = sandbox.control.addClient(DEMO_ID, { name: `Kunde ${k} GmbH` });
  const clientId = Number(client.id);
  const linked = opts.linked ?? true;
  const db = app.db;
  const { id: customerId } = await db
    .insertInto('customers')
    .values({
      name: `Kunde ${k} GmbH`,
      number: '',
      address: '',
      email: '',
      vat_id: '',
      source: linked ? 'billomat' : 'manual',
      billomat_client_id: linked ? clientId : null,
      billomat_account: linked ? (opts.account ?? DEMO_ID) : null,
      billomat_client_number: null,
      tax_rule: null,
      currency_code: 'EUR',
      archived: opts.archived ? 1 : 0,
      missing_in_billomat: 0,
      billomat_updated_at: null,
      created_at: now(),
      updated_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: projectId } = await db
    .insertInto('projects')
    .values({
      number: `P-${k}-${Date.now() % 100000}`,
      name: 'Relaunch',
      description: opts.description ?? 'Relaunch der Website, Phase 2',
      customer_id: customerId,
      status: 'running',
      currency: 'EUR',
      vat_override_bp: opts.vatOverrideBp ?? null,
      start_date: '2026-01-01',
      budget_type: 'none',
      budget_minutes: null,
      budget_cents: null,
      hourly_rate_cents: 9000,
      no_tasks: 0,
      created_at: now(),
      updated_at: now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const taskIds: number[] = [];
  for (const [i, name] of ['Konzeption', 'Entwicklung'].entries()) {
    const t = await db
      .insertInto('tasks')
      .values({ project_id: projectId, name, rate_cents: null, budget_minutes: null, position: i })
      .returning('id')
      .executeTakeFirstOrThrow();
    taskIds.push(t.id);
  }
  await db
    .insertInto('project_members')
    .values({ project_id: projectId, user_id: opts.employeeId, rate_cents: null, is_manager: 0 })
    .execute();
  if (opts.managerId) {
    await db
      .insertInto('project_members')
      .values({ project_id: projectId, user_id: opts.managerId, rate_cents: null, is_manager: 1 })
      .execute();
  }
  const bookingIds: number[] = [];
  for (const b of opts.bookings) {
    const rate = b.rateCents === undefined ? 9500 : b.rateCents;
    const row = await db
      .insertInto('bookings')
      .values({
        project_id: projectId,
        task_id: b.task === null ? null : taskIds[b.task ?? 0]!,
        employee_id: b.employeeId ?? opts.employeeId,
        date: b.date,
        minutes: b.minutes,
        rate_cents: rate,
        rate_source: rate === null ? 'none' : 'project',
        comment: b.comment ?? '',
        billable: b.billable === false ? 0 : 1,
        billing_state: 'open',
        export_id: null,
        invoice_number: null,
        created_by: opts.employeeId,
        created_at: now(),
        updated_at: now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    bookingIds.push(row.id);
  }
  return { projectId, customerId, clientId, taskIds, bookingIds };
}

/** A typical June: two tasks, rates 95 € and 120 €, one booking with a comment. */
export const JUNE: BookingSpec[] = [
  { date: '2026-06-02', minutes: 90, task: 0, comment: 'Workshop' },
  { date: '2026-06-03', minutes: 45, task: 0 },
  { date: '2026-06-10', minutes: 480, task: 1, rateCents: 12000 },
  { date: '2026-06-30', minutes: 20, task: 1, rateCents: 12000 },
];

/** Exactly these bookings ("only these" of the export page's selection). */
export function selectionOf(bookingIds: number[]) {
  return { filter: { state: 'open' as const }, mode: 'only' as const, included: bookingIds };
}

export function optionsFor(bookingIds: number[], extra: Record<string, unknown> = {}) {
  return {
    selection: selectionOf(bookingIds),
    invoiceDate: '2026-07-01',
    groupByMonth: true,
    groupByTask: true,
    groupByEmployee: false,
    markAsBilled: true,
    ...extra,
  };
}
