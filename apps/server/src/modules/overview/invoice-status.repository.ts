import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { invoicedExports, invoicedNetSum } from '../exports';
import { projectCondition, type OverviewScope } from './overview.scope';

// The exports' invoices as billomat last reported them. Only created exports have an invoice.

const num = (v: unknown) => Number(v ?? 0);

export interface StatusTotalRow {
  status: string | null;
  currency: string;
  count: number;
  gross_cents: number;
}

export interface CancelledRow {
  export_id: number;
  project_id: number;
  project_number: string;
  project_name: string;
  invoice_number: string | null;
  currency: string;
  total_gross_cents: number;
  billed_booking_count: number;
}

export interface RefreshTarget {
  id: number;
  billomat_invoice_id: number;
  invoice_status: string | null;
  invoice_number: string | null;
}

const IN_CHUNK = 500;
// Added by migration 006; deliberately not in the exports module's table type, which it does not concern.
const CHECKED_AT = 'invoice_status_checked_at';
const checkedAt = sql.ref(`exports.${CHECKED_AT}`);

export function invoiceStatusRepository(db: Kysely<Database>) {
  // What a status refresh asks billomat about: created exports with an invoice, of the connected
  // account or recorded before accounts were (null: not connected, all of them).
  const targets = (account: string | null) =>
    db
      .selectFrom('exports')
      .where('exports.status', '=', 'created')
      .where('exports.billomat_invoice_id', 'is not', null)
      .$if(account !== null, (q) =>
        q.where((eb) =>
          eb.or([eb('exports.billomat_account', '=', account), eb('exports.billomat_account', 'is', null)]),
        ),
      );
  const created = (scope: OverviewScope) =>
    db
      .selectFrom('exports')
      .where('exports.status', '=', 'created')
      .where(projectCondition(db, scope, 'exports.project_id'));
  const invoiced = (scope: OverviewScope) =>
    invoicedExports(db).where(projectCondition(db, scope, 'exports.project_id'));
  // billomat's own totals where it named them (migration 011), else the preview's.
  const gross = sql`coalesce(exports.billomat_gross_cents, exports.total_gross_cents)`;

  return {
    async lastInvoiceDates(projectIds: number[]): Promise<Map<number, string>> {
      if (projectIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('exports')
        .where('exports.status', '=', 'created')
        .where('exports.project_id', 'in', projectIds)
        .groupBy('exports.project_id')
        .select(['exports.project_id', (eb) => eb.fn.max('exports.invoice_date').as('last')])
        .execute();
      return new Map(rows.map((r) => [r.project_id, r.last]));
    },

    async totalsByStatus(scope: OverviewScope): Promise<StatusTotalRow[]> {
      const rows = await created(scope)
        .groupBy(['exports.invoice_status', 'exports.currency'])
        .select([
          'exports.invoice_status as status',
          'exports.currency',
          (eb) => eb.fn.countAll().as('count'),
          sql<string>`cast(coalesce(sum(${gross}), 0) as bigint)`.as('gross_cents'),
        ])
        .execute();
      return rows.map((r) => ({
        status: r.status,
        currency: r.currency,
        count: num(r.count),
        gross_cents: num(r.gross_cents),
      }));
    },

    /**
     * "Abgerechnet": the invoiced net per project (one currency each) of created, not cancelled
     * invoices — as billomat returned it, or the preview's where billomat named no totals.
     */
    async invoicedByProject(scope: OverviewScope): Promise<Map<number, number>> {
      const rows = await invoiced(scope)
        .groupBy('exports.project_id')
        .select(['exports.project_id', invoicedNetSum.as('net')])
        .execute();
      return new Map(rows.map((r) => [r.project_id, num(r.net)]));
    },

    /** The same per month of the invoice date and currency, from `fromMonth` on. */
    async invoicedByMonth(scope: OverviewScope, fromMonth: string) {
      const month = sql<string>`substr(exports.invoice_date, 1, 7)`;
      const rows = await invoiced(scope)
        .where(month, '>=', fromMonth)
        .groupBy([month, 'exports.currency'])
        .select([month.as('month'), 'exports.currency', invoicedNetSum.as('net')])
        .execute();
      return rows.map((r) => ({ month: r.month, currency: r.currency, cents: num(r.net) }));
    },

    async lastCheckedAt(scope: OverviewScope): Promise<string | null> {
      const row = await created(scope)
        .select(sql<string | null>`max(${checkedAt})`.as('at'))
        .executeTakeFirst();
      return row?.at ?? null;
    },

    /** Invoices cancelled in billomat whose bookings may still be marked billed. */
    async cancelled(scope: OverviewScope): Promise<CancelledRow[]> {
      // Few cancelled invoices: a count per export through bookings_export_idx, not a scan of all bookings.
      const rows = await created(scope)
        .where('exports.invoice_status', '=', 'CANCELED')
        .innerJoin('projects', 'projects.id', 'exports.project_id')
        .select((eb) => [
          'exports.id as export_id',
          'exports.project_id',
          'projects.number as project_number',
          'projects.name as project_name',
          'exports.invoice_number',
          'exports.currency',
          'exports.total_gross_cents',
          eb
            .selectFrom('bookings')
            .select(eb.fn.countAll().as('c'))
            .whereRef('bookings.export_id', '=', 'exports.id')
            .where('bookings.billing_state', '=', 'billed')
            .as('n'),
        ])
        .orderBy('exports.id')
        .execute();
      return rows.map((r) => ({
        export_id: r.export_id,
        project_id: r.project_id,
        project_number: r.project_number,
        project_name: r.project_name,
        invoice_number: r.invoice_number,
        currency: r.currency,
        total_gross_cents: num(r.total_gross_cents),
        billed_booking_count: num(r.n),
      }));
    },

    /** How many invoices a refresh asks about, and the first invoice date among them. */
    async refreshScope(account: string | null): Promise<{ count: number; firstDate: string | null }> {
      const row = await targets(account)
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('exports.invoice_date').as('first')])
        .executeTakeFirstOrThrow();
      return { count: num(row.n), firstDate: row.first ?? null };
    },

    /** Their references, a keyset page of 1,000 at a time (the list filter's common prefix). */
    async *references(account: string | null): AsyncGenerator<string[]> {
      for (let after = 0; ;) {
        const rows = await targets(account)
          .select(['exports.id', 'exports.reference'])
          .where('exports.id', '>', after)
          .orderBy('exports.id')
          .limit(1000)
          .execute();
        if (rows.length === 0) return;
        yield rows.map((r) => r.reference);
        after = rows[rows.length - 1]!.id;
      }
    },

    /** Those among one page of billomat's invoices. */
    async targetsAmong(account: string | null, invoiceIds: number[]): Promise<RefreshTarget[]> {
      const out: RefreshTarget[] = [];
      for (let i = 0; i < invoiceIds.length; i += IN_CHUNK) {
        const rows = await targets(account)
          .where('exports.billomat_invoice_id', 'in', invoiceIds.slice(i, i + IN_CHUNK))
          .select([
            'exports.id',
            'exports.billomat_invoice_id',
            'exports.invoice_status',
            'exports.invoice_number',
          ])
          .execute();
        out.push(...rows.map((r) => ({ ...r, billomat_invoice_id: num(r.billomat_invoice_id) })));
      }
      return out;
    },

    /** A draft completed in billomat got its final number: the export and its billed bookings show it. */
    async saveNumbers(numbers: Map<number, string>): Promise<void> {
      if (numbers.size === 0) return;
      await db.transaction().execute(async (tx) => {
        for (const [exportId, number] of numbers) {
          await tx
            .updateTable('exports')
            .set({ invoice_number: number })
            .where('id', '=', exportId)
            .execute();
          await tx
            .updateTable('bookings')
            .set({ invoice_number: number })
            .where('export_id', '=', exportId)
            .where('billing_state', '=', 'billed')
            .execute();
        }
      });
    },

    /** One UPDATE per status and chunk of 500 ids, not one per export. */
    async saveStatuses(byStatus: Map<string, number[]>, checked: number[], at: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        for (const [status, ids] of byStatus) {
          for (let i = 0; i < ids.length; i += IN_CHUNK) {
            await tx
              .updateTable('exports')
              .set({ invoice_status: status, updated_at: at })
              .where('id', 'in', ids.slice(i, i + IN_CHUNK))
              .execute();
          }
        }
        for (let i = 0; i < checked.length; i += IN_CHUNK) {
          const ids = checked.slice(i, i + IN_CHUNK);
          await sql`update exports set ${sql.ref(CHECKED_AT)} = ${at} where id in (${sql.join(ids)})`.execute(
            tx,
          );
        }
      });
    },
  };
}
