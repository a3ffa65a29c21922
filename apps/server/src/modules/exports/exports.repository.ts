import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { ExportStatus, ExportsTable } from './exports.tables';

export type ExportRow = Selectable<ExportsTable>;
export type ExportListRow = ExportRow & {
  created_by_name: string;
  booking_count: number;
  billed_minutes: number;
};
export type NewExport = Omit<Insertable<ExportsTable>, 'id' | 'reference' | 'attempts'>;

const now = () => new Date().toISOString();

export function exportsRepository(db: Kysely<Database>) {
  const listing = () =>
    db
      .selectFrom('exports as e')
      .innerJoin('users as u', 'u.id', 'e.created_by')
      .selectAll('e')
      .select((eb) => [
        'u.name as created_by_name',
        eb
          .selectFrom('export_bookings as xb')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('xb.export_id', '=', 'e.id')
          .as('booking_count'),
        eb
          .selectFrom('export_bookings as xb')
          .select(sql<number>`coalesce(sum(xb.billed_minutes), 0)`.as('m'))
          .whereRef('xb.export_id', '=', 'e.id')
          .as('billed_minutes'),
      ]);
  const normal = (r: ExportListRow) => ({
    ...r,
    booking_count: Number(r.booking_count),
    billed_minutes: Number(r.billed_minutes),
  });

  return {
    /** Inserts the export and derives its unique reference from the id (`ps-exp-<id>-<random>`). */
    async insert(row: NewExport, random: string): Promise<ExportRow> {
      const { id } = await db
        .insertInto('exports')
        .values({ ...row, reference: `ps-exp-new-${random}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      const reference = `ps-exp-${id}-${random}`;
      return db
        .updateTable('exports')
        .set({ reference })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    find: (id: number) => db.selectFrom('exports').selectAll().where('id', '=', id).executeTakeFirst(),
    findListed: async (id: number) => {
      const row = (await listing().where('e.id', '=', id).executeTakeFirst()) as ExportListRow | undefined;
      return row && normal(row);
    },
    /** A page of the project's exports, newest first; `before`: only those older than that export id. */
    byProject: async (projectId: number, page: { before?: number; limit: number }) =>
      (
        (await listing()
          .where('e.project_id', '=', projectId)
          .$if(page.before !== undefined, (q) => q.where('e.id', '<', page.before!))
          .orderBy('e.id', 'desc')
          .limit(page.limit)
          .execute()) as ExportListRow[]
      ).map(normal),
    /** Created exports whose undo outcome is unclear. */
    undoRequestedIds: async () =>
      (
        await db
          .selectFrom('exports')
          .select('id')
          .where('status', '=', 'created')
          .where('undo_requested_at', 'is not', null)
          .orderBy('id')
          .execute()
      ).map((r) => r.id),
    /** Pending exports last touched before `touchedBefore` (ISO), or all pending ones. */
    pendingIds: async (touchedBefore?: string) =>
      (
        await db
          .selectFrom('exports')
          .select('id')
          .where('status', '=', 'pending')
          .$if(touchedBefore !== undefined, (q) => q.where('updated_at', '<', touchedBefore!))
          .orderBy('id')
          .execute()
      ).map((r) => r.id),
    /**
     * The note of an undo sent to billomat, on a created export. It leaves `updated_at` alone: it is
     * written before every undo request, and an undo that billomat refuses changes nothing.
     */
    async setUndoRequested(id: number, at: string | null): Promise<void> {
      await db
        .updateTable('exports')
        .set({ undo_requested_at: at })
        .where('id', '=', id)
        .where('status', '=', 'created')
        .execute();
    },
    /** Conditional on the expected status: a transition that lost a race changes nothing (returns 0). */
    async transition(
      id: number,
      from: ExportStatus[],
      patch: Omit<Updateable<ExportsTable>, 'id' | 'updated_at'>,
    ): Promise<number> {
      const result = await db
        .updateTable('exports')
        .set({ ...patch, updated_at: now() })
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    latestSince: (projectId: number, userId: number, since: string) =>
      db
        .selectFrom('exports')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('created_by', '=', userId)
        .where('created_at', '>=', since)
        .where('status', '!=', 'undone')
        .orderBy('id', 'desc')
        .executeTakeFirst(),
    /** Invoice ids other exports already own (never adopt one of those). */
    async ownedInvoiceIds(ids: number[]): Promise<Set<number>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('exports')
        .select('billomat_invoice_id')
        .where('billomat_invoice_id', 'in', ids)
        .execute();
      return new Set(rows.map((r) => Number(r.billomat_invoice_id)));
    },
  };
}
