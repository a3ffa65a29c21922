import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { prefixRange, searchTerms, type SearchableCustomer } from './customers.search';

// 500 ids, or 1,000 terms of 2 columns, stay below every dialect's bound-parameter limit.
const ID_CHUNK = 500;
const TERM_CHUNK = 1000;

function* chunked<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * The search terms of customers: every writer of a customer's name, numbers, address or e-mail calls
 * `reindex` in its transaction (customers, the customer import, the demo seed), so the terms never lag.
 */
export function customerSearchRepository(db: Kysely<Database>) {
  return {
    async reindex(ids: readonly number[]): Promise<void> {
      for (const part of chunked(ids, ID_CHUNK)) {
        const rows = await db
          .selectFrom('customers')
          .select(['id', 'name', 'number', 'billomat_client_number', 'address', 'email'])
          .where('id', 'in', part)
          .execute();
        await db.deleteFrom('customer_search_terms').where('customer_id', 'in', part).execute();
        const terms = rows.flatMap((r) => searchTerms(r).map((term) => ({ customer_id: r.id, term })));
        for (const values of chunked(terms, TERM_CHUNK)) {
          await db.insertInto('customer_search_terms').values(values).execute();
        }
      }
    },

    /** The terms of customers just inserted (they have none yet): no read back, no delete. */
    async indexNew(rows: readonly (SearchableCustomer & { id: number })[]): Promise<void> {
      const terms = rows.flatMap((r) => searchTerms(r).map((term) => ({ customer_id: r.id, term })));
      for (const values of chunked(terms, TERM_CHUNK)) {
        await db.insertInto('customer_search_terms').values(values).execute();
      }
    },

    /**
     * The ids of the customers that have, for every word, a term starting with it: a range on the
     * (term, customer_id) index for the first word, a range on the primary key (customer_id, term)
     * per further word. `words` come from `queryWords` (at least one, the most selective first).
     */
    matchingIds(words: readonly string[]) {
      const [first, ...rest] = words;
      if (first === undefined) throw new RangeError('matchingIds needs a word');
      const [from, to] = prefixRange(first);
      let query = db
        .selectFrom('customer_search_terms as t')
        .select('t.customer_id')
        .distinct()
        .where('t.term', '>=', from)
        .where('t.term', '<', to);
      for (const word of rest) {
        const [wFrom, wTo] = prefixRange(word);
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('customer_search_terms as w')
              .select(sql.lit(1).as('hit'))
              .whereRef('w.customer_id', '=', 't.customer_id')
              .where('w.term', '>=', wFrom)
              .where('w.term', '<', wTo),
          ),
        );
      }
      return query;
    },
  };
}
