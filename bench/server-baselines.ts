import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import { previewOptions } from './server.bench';

// The naive ways, on the same SQLite file and the same Kysely/better-sqlite3 stack as the server:
// - filter: every booking of the database through the ORM (no WHERE, so no index can help), filtered,
//   joined to names and sorted in JS, then serialised like the route does;
// - preview: the selection loaded one booking at a time (N+1: booking, then its employee, then its task),
//   then the SAME computePreview as the server, serialised;
// - overview: one query per project loading every booking row (N+1 over projects), summed in JS.

const amount = (minutes: number, rate: number | null) =>
  rate === null ? 0 : Math.round((minutes * Number(rate)) / 60);

export async function naiveCandidates(db: Kysely<Database>, projectId: number, expected: number) {
  const all = await db.selectFrom('bookings').selectAll().execute();
  const users = await db.selectFrom('users').selectAll().execute();
  const tasks = await db.selectFrom('tasks').selectAll().execute();
  const items = all
    .filter((b) => b.project_id === projectId && b.billing_state === 'open' && b.billable === 1)
    .map((b) => ({
      id: b.id,
      date: b.date,
      employeeId: b.employee_id,
      employeeName: users.find((u) => u.id === b.employee_id)?.name ?? '',
      taskId: b.task_id,
      taskName: tasks.find((t) => t.id === b.task_id)?.name ?? null,
      minutes: b.minutes,
      rateCents: b.rate_cents === null ? null : Number(b.rate_cents),
      amountCents: amount(b.minutes, b.rate_cents),
      comment: b.comment,
      billable: b.billable === 1,
      billingState: b.billing_state,
      invoiceNumber: b.invoice_number,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  if (items.length !== expected) throw new Error(`naive filter found ${items.length}, the route ${expected}`);
  return JSON.stringify({ items }).length;
}

export async function naivePreview(
  db: Kysely<Database>,
  projectId: number,
  ids: number[],
  appSecret: string,
  expectedLines: number,
) {
  const { computePreview } = await import('@plainstaff/server/src/modules/exports/preview/compute');
  const { previewTokenKey } = await import('@plainstaff/server/src/modules/exports/preview/token');
  const { ExportOptionsSchema } = await import('@plainstaff/contracts/exports');
  const project = await db
    .selectFrom('projects')
    .innerJoin('customers', 'customers.id', 'projects.customer_id')
    .selectAll('projects')
    .select(['customers.name as customer_name', 'customers.source as customer_source'])
    .where('projects.id', '=', projectId)
    .executeTakeFirstOrThrow();
  const customer = await db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', project.customer_id)
    .executeTakeFirstOrThrow();
  const selection = [];
  for (const id of ids) {
    const b = await db.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const u = await db
      .selectFrom('users')
      .select('name')
      .where('id', '=', b.employee_id)
      .executeTakeFirstOrThrow();
    const t =
      b.task_id === null
        ? undefined
        : await db.selectFrom('tasks').select('name').where('id', '=', b.task_id).executeTakeFirst();
    const { created_by: _c, created_at: _a, updated_at: _u, ...rest } = b;
    selection.push({ ...rest, employee_name: u.name, task_name: t?.name ?? null });
  }
  const computed = computePreview(
    {
      project,
      customer: {
        id: customer.id,
        name: customer.name,
        source: customer.source,
        billomatClientId: customer.billomat_client_id === null ? null : Number(customer.billomat_client_id),
      },
      settings: null,
      selection,
    },
    ExportOptionsSchema.parse(previewOptions(ids)),
    previewTokenKey(appSecret),
  );
  if (computed.preview.lines.length !== expectedLines)
    throw new Error(`naive preview has ${computed.preview.lines.length} lines, the route ${expectedLines}`);
  return JSON.stringify(computed.preview).length;
}

export async function naiveOverview(db: Kysely<Database>) {
  const today = new Date().toISOString().slice(0, 10);
  const projects = await db.selectFrom('projects').selectAll().execute();
  const totals = { booked: 0, billable: 0, billed: 0, unbilled: 0 };
  const perProject = [];
  const months = new Map<string, { billed: number; unbilled: number }>();
  for (const p of projects) {
    const customer = await db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', p.customer_id)
      .executeTakeFirst();
    const rows = await db.selectFrom('bookings').selectAll().where('project_id', '=', p.id).execute();
    const f = { booked: 0, billable: 0, billed: 0, unbilled: 0, oldestUnbilledDays: 0 };
    for (const b of rows) {
      const cents = amount(b.minutes, b.rate_cents);
      f.booked += b.minutes;
      if (b.billable !== 1) continue;
      f.billable += cents;
      const m = months.get(b.date.slice(0, 7)) ?? { billed: 0, unbilled: 0 };
      if (b.billing_state === 'billed') {
        f.billed += cents;
        m.billed += cents;
      } else {
        f.unbilled += cents;
        m.unbilled += cents;
        const days = (Date.parse(today) - Date.parse(b.date)) / 86_400_000;
        f.oldestUnbilledDays = Math.max(f.oldestUnbilledDays, days);
      }
      months.set(b.date.slice(0, 7), m);
    }
    totals.booked += f.booked;
    totals.billable += f.billable;
    totals.billed += f.billed;
    totals.unbilled += f.unbilled;
    perProject.push({ id: p.id, name: p.name, customer: customer?.name, ...f });
  }
  return JSON.stringify({ totals, perProject, months: [...months] }).length;
}
