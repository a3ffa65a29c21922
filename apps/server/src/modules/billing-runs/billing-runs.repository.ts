import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { BillingRunItemStatus } from '@plainstaff/contracts/billing-runs';
import type { Database } from '../../db/database';
import type { BillingRunItemsTable, BillingRunsTable } from './billing-runs.tables';

export type RunRow = Selectable<BillingRunsTable>;
export type ItemRow = Selectable<BillingRunItemsTable>;
export type ItemView = ItemRow & { billomat_invoice_id: number | null; invoice_status: string | null };
/** A run's items in figures: what the list shows of a run, without its items. */
export interface RunFigures {
  byStatus: Partial<Record<BillingRunItemStatus, number>>;
  doneNetCents: number;
  doneGrossCents: number;
  /** The project being billed now (of the run's current item). */
  current: { projectNumber: string; projectName: string } | null;
}
export interface ListedRun {
  run: RunRow;
  createdByName: string | null;
  figures: RunFigures;
}
export type NewRun = Omit<Insertable<BillingRunsTable>, 'id'>;
export type NewItem = Omit<Insertable<BillingRunItemsTable>, 'id' | 'run_id' | 'position'>;

// PostgreSQL returns bigint as text.
const item = (r: ItemRow): ItemRow => ({
  ...r,
  total_net_cents: Number(r.total_net_cents),
  total_gross_cents: Number(r.total_gross_cents),
});

export function billingRunsRepository(db: Kysely<Database>) {
  return {
    /** The run and its items in one transaction: a run never exists without its projects. */
    async create(run: NewRun, items: NewItem[]): Promise<RunRow> {
      return db.transaction().execute(async (trx) => {
        const row = await trx.insertInto('billing_runs').values(run).returningAll().executeTakeFirstOrThrow();
        for (const [position, it] of items.entries()) {
          await trx
            .insertInto('billing_run_items')
            .values({ ...it, run_id: row.id, position })
            .execute();
        }
        return row;
      });
    },
    find: (id: number) => db.selectFrom('billing_runs').selectAll().where('id', '=', id).executeTakeFirst(),
    findByPeriod: (key: string) =>
      db.selectFrom('billing_runs').select('id').where('period_key', '=', key).executeTakeFirst(),
    active: () =>
      db
        .selectFrom('billing_runs')
        .selectAll()
        .where('status', 'in', ['running', 'waiting'])
        .orderBy('id')
        .execute(),
    list: (limit = 100) =>
      db.selectFrom('billing_runs').selectAll().orderBy('id', 'desc').limit(limit).execute(),
    async update(id: number, values: Updateable<BillingRunsTable>): Promise<void> {
      await db.updateTable('billing_runs').set(values).where('id', '=', id).execute();
    },
    /** Ends an active run; false when it had ended already (only one end is ever written). */
    async finish(id: number, values: Updateable<BillingRunsTable>): Promise<boolean> {
      const r = await db
        .updateTable('billing_runs')
        .set(values)
        .where('id', '=', id)
        .where('status', 'in', ['running', 'waiting'])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    /** With the export's billomat invoice (drafts have an id but no number yet). */
    async items(runId: number | number[]): Promise<ItemView[]> {
      const ids = Array.isArray(runId) ? runId : [runId];
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('billing_run_items as i')
        .leftJoin('exports as e', 'e.id', 'i.export_id')
        .selectAll('i')
        .select(['e.billomat_invoice_id', 'e.invoice_status'])
        .where('i.run_id', 'in', ids)
        .orderBy('i.run_id')
        .orderBy('i.position')
        .execute();
      return rows.map((r) => ({
        ...item(r),
        billomat_invoice_id: r.billomat_invoice_id === null ? null : Number(r.billomat_invoice_id),
        invoice_status: r.invoice_status,
      }));
    },
    async item(id: number): Promise<ItemRow | undefined> {
      const row = await db
        .selectFrom('billing_run_items')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && item(row);
    },
    async updateItem(id: number, values: Updateable<BillingRunItemsTable>): Promise<void> {
      await db.updateTable('billing_run_items').set(values).where('id', '=', id).execute();
    },
    /** Cancelling: the projects not started yet are reported as skipped. */
    /** `reason`: stored JSON (lib/stored-message.ts). */
    async skipPending(runId: number, reason: string): Promise<void> {
      await db
        .updateTable('billing_run_items')
        .set({ status: 'skipped', reason, finished_at: new Date().toISOString() })
        .where('run_id', '=', runId)
        .where('status', '=', 'pending')
        .execute();
    },
    userName: (id: number) => db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst(),
    /**
     * The newest runs with their creator's name and, per run, its items counted by status and the done
     * ones' totals: one GROUP BY instead of every item of every listed run.
     */
    async listed(limit = 100): Promise<ListedRun[]> {
      const runs = await db
        .selectFrom('billing_runs as r')
        .leftJoin('users as u', 'u.id', 'r.created_by')
        .selectAll('r')
        .select('u.name as created_by_name')
        .orderBy('r.id', 'desc')
        .limit(limit)
        .execute();
      if (runs.length === 0) return [];
      const sums = await db
        .selectFrom('billing_run_items')
        .select((eb) => [
          'run_id',
          'status',
          eb.fn.countAll<number>().as('n'),
          eb.fn.sum<number>('total_net_cents').as('net'),
          eb.fn.sum<number>('total_gross_cents').as('gross'),
        ])
        .where(
          'run_id',
          'in',
          runs.map((r) => r.id),
        )
        .groupBy(['run_id', 'status'])
        .execute();
      const currentIds = runs.flatMap((r) => (r.current_item_id === null ? [] : [r.current_item_id]));
      const current =
        currentIds.length === 0
          ? []
          : await db
              .selectFrom('billing_run_items')
              .select(['id', 'project_number', 'project_name'])
              .where('id', 'in', currentIds)
              .execute();
      return runs.map(({ created_by_name, ...run }) => {
        const mine = sums.filter((x) => x.run_id === run.id);
        const done = mine.find((x) => x.status === 'done');
        const now = current.find((c) => c.id === run.current_item_id);
        return {
          run,
          createdByName: created_by_name ?? null,
          figures: {
            byStatus: Object.fromEntries(mine.map((x) => [x.status, Number(x.n)])),
            doneNetCents: Number(done?.net ?? 0),
            doneGrossCents: Number(done?.gross ?? 0),
            current: now ? { projectNumber: now.project_number, projectName: now.project_name } : null,
          },
        };
      });
    },
  };
}
