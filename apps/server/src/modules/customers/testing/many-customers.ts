import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import { customerSearchRepository } from '../customers.search.repository';

const TRADES = [
  'Bäckerei',
  'Schreinerei',
  'Kanzlei',
  'Praxis',
  'Autohaus',
  'Gärtnerei',
  'Druckerei',
  'Agentur',
];
const FAMILIES = ['Schmidt', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Klein'];
const CITIES = ['10115 Berlin', '20095 Hamburg', '80331 München', '50667 Köln', '60311 Frankfurt am Main'];

/**
 * `count` billomat customers in bulk, with their search terms: names like "Bäckerei Schmidt 00042",
 * numbers "KD-00042", addresses in five cities. Returns the ids in insertion order.
 */
export async function insertManyCustomers(db: Kysely<Database>, count: number, from = 1): Promise<number[]> {
  const now = new Date().toISOString();
  const ids: number[] = [];
  for (let start = from; start < from + count; start += 500) {
    const rows = Array.from({ length: Math.min(500, from + count - start) }, (_, k) => {
      const n = start + k;
      const seq = String(n).padStart(5, '0');
      return {
        name: `${TRADES[n % TRADES.length]} ${FAMILIES[n % FAMILIES.length]} ${seq}`,
        number: `KD-${seq}`,
        address: `Hauptstraße ${n}\n${CITIES[n % CITIES.length]}`,
        email: `info${seq}@example.com`,
        vat_id: '',
        source: 'billomat' as const,
        billomat_client_id: 9_000_000 + n,
        billomat_client_number: `KD-${seq}`,
        archived: n % 10 === 0 ? 1 : 0,
        missing_in_billomat: 0,
        created_at: now,
        updated_at: now,
      };
    });
    const inserted = await db.insertInto('customers').values(rows).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  await customerSearchRepository(db).reindex(ids);
  return ids;
}
