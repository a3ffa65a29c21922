import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { BillingRunItemsTable, BillingRunsTable } from './billing-runs.tables';

export type RunRow = Selectable<BillingRunsTable>;
export type ItemRow = Selectable<BillingRunItemsTable>;
export type ItemView = ItemRow & { billomat_invoice_id: number | null; invoice_status: string | null };
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
  };
}
