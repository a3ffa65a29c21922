import type { Kysely, Transaction } from 'kysely';
import type { ProjectInput } from '@plainstaff/contracts/projects';
import type { Database } from '../../db/database';
import { coded } from '@plainstaff/contracts/messages/catalog';
import { AppError, fieldError, ruleError } from '../../errors';
import type { NewProjectRow } from './projects.repository';

type Tx = Transaction<Database>;

function projectColumns(input: ProjectInput): Omit<NewProjectRow, 'created_at' | 'updated_at'> {
  return {
    number: input.number,
    name: input.name,
    description: input.description,
    customer_id: input.customerId,
    status: input.status,
    currency: input.currency,
    vat_override_bp: input.vatOverrideBp,
    start_date: input.startDate,
    budget_type: input.budgetType,
    budget_minutes: input.budgetType === 'hours' ? input.budgetMinutes : null,
    budget_cents: input.budgetType === 'amount' ? input.budgetCents : null,
    hourly_rate_cents: input.hourlyRateCents,
    no_tasks: input.noTasks ? 1 : 0,
  };
}

/** Checks that need the database: customer, number, members, task ids; each names its field. */
async function checkReferences(tx: Tx, input: ProjectInput, projectId: number | null): Promise<void> {
  const customer = await tx
    .selectFrom('customers')
    .select('id')
    .where('id', '=', input.customerId)
    .executeTakeFirst();
  if (!customer) throw fieldError('customerId', 'NOT_FOUND', { context: 'customer' });
  const clash = await tx
    .selectFrom('projects')
    .select('id')
    .where('number', '=', input.number)
    .executeTakeFirst();
  if (clash && clash.id !== projectId) {
    throw ruleError('PROJECT_NUMBER_TAKEN', 'number');
  }
  const userIds = input.members.map((m) => m.userId);
  const known = new Set(
    userIds.length === 0
      ? []
      : (
          await tx
            .selectFrom('users')
            .select('id')
            .where('id', 'in', userIds)
            .where('active', '=', 1)
            .execute()
        ).map((u) => u.id),
  );
  input.members.forEach((m, i) => {
    if (!known.has(m.userId)) throw fieldError(`members.${i}.userId`, 'NOT_FOUND', { context: 'employee' });
  });
}

async function saveTasks(tx: Tx, projectId: number, input: ProjectInput): Promise<void> {
  const existing = await tx.selectFrom('tasks').select('id').where('project_id', '=', projectId).execute();
  const existingIds = new Set(existing.map((t) => t.id));
  input.tasks.forEach((t, i) => {
    if (t.id !== undefined && !existingIds.has(t.id)) {
      throw fieldError(`tasks.${i}.id`, 'TASK_NOT_IN_PROJECT', { context: 'this' });
    }
  });
  const kept = new Set(input.tasks.map((t) => t.id).filter((id): id is number => id !== undefined));
  const removed = [...existingIds].filter((id) => !kept.has(id));
  if (removed.length > 0) {
    const used = await tx
      .selectFrom('bookings')
      .select('task_id')
      .where('task_id', 'in', removed)
      .limit(1)
      .execute();
    if (used.length > 0) {
      throw new AppError('TASK_HAS_BOOKINGS', {}, [
        { field: 'tasks', ...coded('TASK_HAS_BOOKINGS', { context: 'removed' }) },
      ]);
    }
    await tx.deleteFrom('tasks').where('id', 'in', removed).execute();
  }
  for (const [position, t] of input.tasks.entries()) {
    const row = { name: t.name, rate_cents: t.rateCents, budget_minutes: t.budgetMinutes, position };
    if (t.id === undefined)
      await tx
        .insertInto('tasks')
        .values({ ...row, project_id: projectId })
        .execute();
    else await tx.updateTable('tasks').set(row).where('id', '=', t.id).execute();
  }
}

async function saveMembers(tx: Tx, projectId: number, input: ProjectInput): Promise<void> {
  await tx.deleteFrom('project_members').where('project_id', '=', projectId).execute();
  if (input.members.length === 0) return;
  await tx
    .insertInto('project_members')
    .values(
      input.members.map((m) => ({
        project_id: projectId,
        user_id: m.userId,
        rate_cents: m.rateCents,
        is_manager: m.isManager ? 1 : 0,
      })),
    )
    .execute();
}

/** Creates (projectId null) or updates a project with its tasks and members in one transaction. */
export async function saveProject(
  db: Kysely<Database>,
  projectId: number | null,
  input: ProjectInput,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await checkReferences(tx, input, projectId);
    const now = new Date().toISOString();
    let id = projectId;
    if (id === null) {
      const values = { ...projectColumns(input), created_at: now, updated_at: now };
      id = (await tx.insertInto('projects').values(values).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await tx
        .updateTable('projects')
        .set({ ...projectColumns(input), updated_at: now })
        .where('id', '=', id)
        .execute();
    }
    await saveTasks(tx, id, input);
    await saveMembers(tx, id, input);
    return id;
  });
}
