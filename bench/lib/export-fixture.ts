import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import { seedDemo } from './seed';

// The export benchmark's project: the demo structure plus `tasks` extra tasks on one running project,
// so a selection of one booking per task becomes one invoice line per task.

export interface Fixture {
  projectId: number;
  customerId: number;
  taskIds: number[];
  employeeId: number;
  date: string;
}

export async function exportFixture(db: Kysely<Database>, tasks: number): Promise<Fixture> {
  const targets = await seedDemo(db);
  const t = targets.find((x) => x.members.length > 0);
  if (!t) throw new Error('no running demo project with members');
  const project = await db
    .selectFrom('projects')
    .select(['id', 'customer_id'])
    .where('id', '=', t.projectId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('projects')
    .set({ no_tasks: 0, hourly_rate_cents: 9500 })
    .where('id', '=', project.id)
    .execute();
  const taskIds: number[] = [];
  for (let i = 0; i < tasks; i++) {
    const row = {
      project_id: project.id,
      name: `Bench-Aufgabe ${String(i + 1).padStart(3, '0')}`,
      rate_cents: null,
      budget_minutes: null,
      archived: 0,
      position: 1000 + i,
    };
    taskIds.push((await db.insertInto('tasks').values(row).returning('id').executeTakeFirstOrThrow()).id);
  }
  const d = new Date();
  d.setUTCDate(5);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return {
    projectId: project.id,
    customerId: project.customer_id,
    taskIds,
    employeeId: t.members[0]!.userId,
    date: d.toISOString().slice(0, 10),
  };
}

export async function addBookings(db: Kysely<Database>, f: Fixture, taskIds: number[]): Promise<number[]> {
  const now = new Date().toISOString();
  const rows = taskIds.map((taskId, i) => ({
    project_id: f.projectId,
    task_id: taskId,
    employee_id: f.employeeId,
    date: f.date,
    minutes: 15 * (1 + (i % 16)),
    rate_cents: 9500,
    rate_source: 'project' as const,
    comment: 'Bench',
    billable: 1,
    billing_state: 'open' as const,
    export_id: null,
    invoice_number: null,
    created_by: f.employeeId,
    created_at: now,
    updated_at: now,
  }));
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const out = await db
      .insertInto('bookings')
      .values(rows.slice(i, i + 200))
      .returning('id')
      .execute();
    ids.push(...out.map((r) => r.id));
  }
  return ids;
}
