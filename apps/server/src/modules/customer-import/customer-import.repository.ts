import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/database';
import { customerSearchRepository } from '../customers/customers.search.repository';
import type { CustomersTable } from '../customers/customers.tables';
import { MIRRORED_COLUMNS, type MirroredFields } from './customer-import.mapper';
import type { CustomerImportRunsTable } from './customer-import.tables';

export type RunRow = Selectable<CustomerImportRunsTable>;
export type RunPatch = Partial<Omit<RunRow, 'id'>>;
type Db = Kysely<Database> | Transaction<Database>;

export type MirrorRow = Pick<Selectable<CustomersTable>, 'id' | 'billomat_client_id'> & MirroredFields;
export type ManualRow = Pick<Selectable<CustomersTable>, 'id' | 'name' | 'number'>;

const CHUNK = 500;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Runs and the lock row. */
export function importRunsRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<CustomerImportRunsTable>): Promise<RunRow> {
      const { id } = await db
        .insertInto('customer_import_runs')
        .values(row)
        .returning('id')
        .executeTakeFirstOrThrow();
      return db.selectFrom('customer_import_runs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    },
    update: (id: number, patch: RunPatch) =>
      db.updateTable('customer_import_runs').set(patch).where('id', '=', id).execute(),
    find: (id: number) =>
      db.selectFrom('customer_import_runs').selectAll().where('id', '=', id).executeTakeFirst(),
    latest: () =>
      db.selectFrom('customer_import_runs').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst(),
    async hasCompleted(): Promise<boolean> {
      const row = await db
        .selectFrom('customer_import_runs')
        .select('id')
        .where('status', '=', 'completed')
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** Runs left 'running' by a crashed instance; called by whoever holds the lock now. `message`: stored JSON. */
    abandonRunning: (message: string, now: string) =>
      db
        .updateTable('customer_import_runs')
        .set({
          status: 'failed',
          finished_at: now,
          error_code: 'CUSTOMER_IMPORT_ABORTED',
          error_message: message,
        })
        .where('status', '=', 'running')
        .execute(),

    /** Takes the lock when it is free or expired; true when this holder has it now. */
    async acquireLock(holder: string, now: string, expiresAt: string): Promise<boolean> {
      const res = await db
        .updateTable('customer_import_lock')
        .set({ holder, run_id: null, expires_at: expiresAt })
        .where('id', '=', 1)
        .where((eb) => eb.or([eb('holder', 'is', null), eb('expires_at', '<', now)]))
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async extendLock(holder: string, expiresAt: string, runId?: number): Promise<void> {
      await db
        .updateTable('customer_import_lock')
        .set({ expires_at: expiresAt, ...(runId === undefined ? {} : { run_id: runId }) })
        .where('id', '=', 1)
        .where('holder', '=', holder)
        .execute();
    },
    async releaseLock(holder: string): Promise<void> {
      await db
        .updateTable('customer_import_lock')
        .set({ holder: null, run_id: null, expires_at: null })
        .where('id', '=', 1)
        .where('holder', '=', holder)
        .execute();
    },
    lock: () => db.selectFrom('customer_import_lock').selectAll().where('id', '=', 1).executeTakeFirst(),
  };
}

// The mirrored columns are the mapper's; the repository adds the two keys it matches on.
const mirrorColumns = ['id', 'billomat_client_id', ...MIRRORED_COLUMNS] as const;

// What the customer search reads (customers.search.ts): a change to one of them renews the terms.
const SEARCHED_COLUMNS = ['name', 'number', 'billomat_client_number', 'address', 'email'] as const;

export interface RelinkCandidate {
  customerId: number;
  clientId: number;
  fields: MirroredFields;
}

/** The customers side of one page; every call runs inside the page's transaction. */
export function importCustomersRepository(db: Db, account: string) {
  const search = customerSearchRepository(db);
  return {
    /** This account's customers for these client ids (another account's client 5 is another client). */
    async byClientIds(ids: number[]): Promise<MirrorRow[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('customers')
        .select(mirrorColumns)
        .where('billomat_account', '=', account)
        .where('billomat_client_id', 'in', ids)
        .execute();
    },
    /** Customers linked to another account, by client number: relink candidates, never relinked silently. */
    async otherAccountsByNumber(numbers: string[]): Promise<OtherAccountRow[]> {
      const wanted = [...new Set(numbers.filter((n) => n !== ''))];
      if (wanted.length === 0) return [];
      const out: OtherAccountRow[] = [];
      for (const part of chunks(wanted)) {
        out.push(
          ...(await db
            .selectFrom('customers')
            .select(['id', 'billomat_client_number', 'billomat_account'])
            .where('billomat_client_number', 'in', part)
            .where('billomat_account', 'is not', null)
            .where('billomat_account', '!=', account)
            .execute()),
        );
      }
      return out;
    },
    /**
     * Manual customers not linked to billomat yet that carry one of these name terms (`nameTerm`): the
     * link candidates of one page, found on the search index instead of reading every manual customer.
     */
    async unlinkedManualWithTerms(terms: string[]): Promise<ManualRow[]> {
      const found = new Map<number, ManualRow>();
      for (const part of chunks([...new Set(terms)])) {
        const rows = await db
          .selectFrom('customers as c')
          .innerJoin('customer_search_terms as t', 't.customer_id', 'c.id')
          .select(['c.id', 'c.name', 'c.number'])
          .distinct()
          .where('t.term', 'in', part)
          .where('c.source', '=', 'manual')
          .where('c.billomat_client_id', 'is', null)
          .execute();
        for (const row of rows) found.set(row.id, row);
      }
      return [...found.values()];
    },
    /** Idempotent by the unique (account, client id); returns how many rows were really inserted. */
    async insertMany(rows: Insertable<CustomersTable>[]): Promise<number> {
      let inserted = 0;
      // ~16 columns per row: 500 rows stay below every dialect's bound-parameter limit.
      for (const part of chunks(rows)) {
        const rows = await db
          .insertInto('customers')
          .values(part.map((r) => ({ ...r, billomat_account: account })))
          .onConflict((oc) => oc.columns(['billomat_account', 'billomat_client_id']).doNothing())
          .returning(['id', 'name', 'number', 'billomat_client_number', 'address', 'email'])
          .execute();
        await search.indexNew(rows);
        inserted += rows.length;
      }
      return inserted;
    },
    async update(id: number, patch: Partial<Insertable<CustomersTable>>): Promise<void> {
      await db.updateTable('customers').set(patch).where('id', '=', id).execute();
      if (SEARCHED_COLUMNS.some((c) => c in patch)) await search.reindex([id]);
    },
    async holdCandidates(runId: number, candidates: RelinkCandidate[]): Promise<void> {
      for (const part of chunks(candidates)) {
        await db
          .insertInto('customer_relink_candidates')
          .values(
            part.map((c) => ({
              run_id: runId,
              customer_id: c.customerId,
              billomat_client_id: c.clientId,
              fields: JSON.stringify(c.fields),
            })),
          )
          .onConflict((oc) => oc.columns(['run_id', 'customer_id']).doNothing())
          .execute();
      }
    },
    /**
     * This account's billomat customers not flagged missing yet, a keyset page of 500 after customer id
     * `after`: checked against a complete run.
     */
    presentBillomatCustomers: (after: number) =>
      db
        .selectFrom('customers')
        .select(['id', 'billomat_client_id'])
        .where('source', '=', 'billomat')
        .where('billomat_account', '=', account)
        .where('missing_in_billomat', '=', 0)
        .where('id', '>', after)
        .orderBy('id')
        .limit(CHUNK)
        .execute(),
    async markMissing(ids: number[], now: string): Promise<void> {
      for (const part of chunks(ids)) {
        await db
          .updateTable('customers')
          .set({ missing_in_billomat: 1, updated_at: now })
          .where('id', 'in', part)
          .execute();
      }
    },
    async countMissing(): Promise<number> {
      const { n } = await db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('source', '=', 'billomat')
        .where('billomat_account', '=', account)
        .where('missing_in_billomat', '=', 1)
        .executeTakeFirstOrThrow();
      return Number(n);
    },
  };
}

export type OtherAccountRow = Pick<
  Selectable<CustomersTable>,
  'id' | 'billomat_client_number' | 'billomat_account'
>;
