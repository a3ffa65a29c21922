import { sql, type Kysely, type Selectable } from 'kysely';
import type { CustomerListQuery } from '@plainstaff/contracts/customers';
import type { Database } from '../../db/database';
import type { CustomersTable } from './customers.tables';

export type CustomerRow = Selectable<CustomersTable> & { project_count: number };
export type NewCustomerRow = Omit<Selectable<CustomersTable>, 'id'>;

/** `%text%` for a case-insensitive LIKE on lower(column), with the wildcards of the text escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function customersRepository(db: Kysely<Database>) {
  const withCount = () =>
    db
      .selectFrom('customers')
      .selectAll('customers')
      .select((eb) =>
        eb
          .selectFrom('projects')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('projects.customer_id', '=', 'customers.id')
          .as('project_count'),
      );

  function filtered(q: CustomerListQuery) {
    let query = db.selectFrom('customers');
    if (q.search) {
      const p = containsPattern(q.search);
      query = query.where((eb) =>
        eb.or(
          ['name', 'number', 'email'].map((c) => sql<boolean>`lower(${sql.ref(c)}) like ${p} escape '\\'`),
        ),
      );
    }
    if (q.source) query = query.where('source', '=', q.source);
    if (q.includeArchived !== '1') query = query.where('archived', '=', 0);
    return query;
  }

  return {
    async list(q: CustomerListQuery): Promise<{ rows: CustomerRow[]; total: number }> {
      const { total } = await filtered(q)
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const ids = filtered(q).select('id');
      const rows = (await withCount()
        .where('customers.id', 'in', ids)
        .orderBy('customers.name')
        .orderBy('customers.id')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute()) as CustomerRow[];
      return { rows, total: Number(total) };
    },
    findById: async (id: number) =>
      (await withCount().where('customers.id', '=', id).executeTakeFirst()) as CustomerRow | undefined,
    insert: async (row: NewCustomerRow) =>
      (await db.insertInto('customers').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (id: number, patch: Partial<NewCustomerRow>) =>
      db.updateTable('customers').set(patch).where('id', '=', id).execute(),
    delete: (id: number) => db.deleteFrom('customers').where('id', '=', id).execute(),
  };
}
