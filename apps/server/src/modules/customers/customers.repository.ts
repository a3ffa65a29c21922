import type { ExpressionBuilder, Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { CustomerListQuery } from '@plainstaff/contracts/customers';
import type { Database } from '../../db/database';
import { queryWords } from './customers.search';
import { customerSearchRepository } from './customers.search.repository';
import type { CustomersTable } from './customers.tables';

export type CustomerRow = Selectable<CustomersTable> & { project_count: number };
export type NewCustomerRow = Omit<Selectable<CustomersTable>, 'id'>;
export type CustomerOptionRow = Pick<
  Selectable<CustomersTable>,
  'id' | 'name' | 'number' | 'address' | 'source' | 'archived' | 'missing_in_billomat' | 'billomat_account'
>;

/** `%text%` for a case-insensitive LIKE on lower(column), with the wildcards of the text escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function customersRepository(db: Kysely<Database>) {
  const search = customerSearchRepository(db);

  /** Customers matching every word of the search (none: all customers); null when nothing can match. */
  function matching(text: string | undefined) {
    const words = queryWords(text ?? '');
    // A search of punctuation only ("%") has no word to look up, and so finds nobody.
    if (text && words.length === 0) return null;
    if (words.length === 0) return db.selectFrom('customers');
    // From the matches to the customers, never the other way round: left to itself, SQLite walks the
    // (archived, name) index over every active customer to spare the sort. A CROSS JOIN fixes SQLite's
    // join order (documented: "Manual Control Of Query Plans Using CROSS JOIN"); PostgreSQL plans it as
    // the inner join it is. The cast drops `m` from the type; every column below names `customers.`.
    return db
      .selectFrom(search.matchingIds(words).as('m'))
      .crossJoin('customers')
      .whereRef('customers.id', '=', 'm.customer_id') as unknown as SelectQueryBuilder<
      Database,
      'customers',
      object
    >;
  }

  function filtered(q: CustomerListQuery) {
    let query = matching(q.search);
    if (!query) return null;
    if (q.source) query = query.where('customers.source', '=', q.source);
    if (q.includeArchived !== '1') query = query.where('customers.archived', '=', 0);
    return query;
  }

  const projectCount = (eb: ExpressionBuilder<Database, 'customers'>) =>
    eb
      .selectFrom('projects')
      .select(eb.fn.countAll<number>().as('n'))
      .whereRef('projects.customer_id', '=', 'customers.id')
      .as('project_count');

  /** Writes a customer row and its search terms together. */
  const write = <T>(work: (trx: Kysely<Database>) => Promise<T>) => db.transaction().execute(work);

  return {
    async list(q: CustomerListQuery): Promise<{ rows: CustomerRow[]; total: number }> {
      const query = filtered(q);
      if (!query) return { rows: [], total: 0 };
      const { total } = await query
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await query
        .selectAll('customers')
        .select(projectCount)
        .orderBy('customers.name')
        .orderBy('customers.id')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return { rows: rows as CustomerRow[], total: Number(total) };
    },

    /**
     * Up to `limit` customers for the picker, and whether there were more. With words: active ones
     * first, then archived, each by name. Without: the active ones by name, from the (archived, name)
     * index.
     */
    async options(text: string, limit: number): Promise<{ rows: CustomerOptionRow[]; more: boolean }> {
      const query = matching(text);
      if (!query) return { rows: [], more: false };
      const columns = query.select([
        'customers.id',
        'customers.name',
        'customers.number',
        'customers.address',
        'customers.source',
        'customers.archived',
        'customers.missing_in_billomat',
        'customers.billomat_account',
      ]);
      const ordered = text
        ? columns.orderBy('customers.archived')
        : columns.where('customers.archived', '=', 0);
      const rows = await ordered
        .orderBy('customers.name')
        .orderBy('customers.id')
        .limit(limit + 1)
        .execute();
      return { rows: rows.slice(0, limit), more: rows.length > limit };
    },

    findById: async (id: number) =>
      (await db
        .selectFrom('customers')
        .selectAll('customers')
        .select(projectCount)
        .where('customers.id', '=', id)
        .executeTakeFirst()) as CustomerRow | undefined,
    insert: (row: NewCustomerRow) =>
      write(async (trx) => {
        const { id } = await trx
          .insertInto('customers')
          .values(row)
          .returning('id')
          .executeTakeFirstOrThrow();
        await customerSearchRepository(trx).reindex([id]);
        return id;
      }),
    update: (id: number, patch: Partial<NewCustomerRow>) =>
      write(async (trx) => {
        await trx.updateTable('customers').set(patch).where('id', '=', id).execute();
        await customerSearchRepository(trx).reindex([id]);
      }),
    delete: (id: number) => db.deleteFrom('customers').where('id', '=', id).execute(),
  };
}
