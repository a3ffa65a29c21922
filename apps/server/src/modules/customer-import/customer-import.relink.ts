import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { customerSearchRepository } from '../customers/customers.search.repository';
import { MIRRORED_COLUMNS, type MirroredFields } from './customer-import.mapper';
import { importCustomersRepository } from './customer-import.repository';

const CHUNK = 500;

/**
 * The user confirmed the import summary's "Verknüpfen": every held-back client of the run becomes the
 * link of the other account's customer with its client number. The candidates go in keyset chunks of
 * 500, one transaction each (a firm that switched accounts may hold 50,000): a chunk is relinked,
 * counted and dropped from the candidates together, so an interruption leaves the rest for the next
 * "Verknüpfen". A customer relinked or a client imported in the meantime is left as it is (the
 * conditional UPDATE finds nothing).
 */
export async function confirmRelinks(
  db: Kysely<Database>,
  runId: number,
  connectedAccount: string | null,
): Promise<number> {
  const run = await db
    .selectFrom('customer_import_runs')
    .select(['id', 'status', 'billomat_account'])
    .where('id', '=', runId)
    .executeTakeFirst();
  if (!run) throw new AppError('NOT_FOUND', { context: 'customerImport' });
  if (run.status !== 'completed') throw new AppError('CUSTOMER_RELINK_NOT_READY');
  const account = run.billomat_account;
  if (!account || account !== connectedAccount) throw new AppError('CUSTOMER_RELINK_ACCOUNT_CHANGED');

  let relinked = 0;
  for (let after = 0; ;) {
    const chunk = await db.transaction().execute(async (trx) => {
      const candidates = await trx
        .selectFrom('customer_relink_candidates')
        .select(['customer_id', 'billomat_client_id', 'fields'])
        .where('run_id', '=', runId)
        .where('customer_id', '>', after)
        .orderBy('customer_id')
        .limit(CHUNK)
        .execute();
      if (candidates.length === 0) return null;
      const repo = importCustomersRepository(trx, account);
      const taken = new Set(
        (await repo.byClientIds(candidates.map((c) => Number(c.billomat_client_id)))).map((r) =>
          Number(r.billomat_client_id),
        ),
      );
      const now = new Date().toISOString();
      const done: number[] = [];
      for (const c of candidates) {
        const clientId = Number(c.billomat_client_id);
        if (taken.has(clientId)) continue;
        const stored = JSON.parse(c.fields) as MirroredFields;
        const fields = Object.fromEntries(MIRRORED_COLUMNS.map((col) => [col, stored[col]]));
        const res = await trx
          .updateTable('customers')
          .set({
            ...fields,
            source: 'billomat',
            billomat_account: account,
            billomat_client_id: clientId,
            updated_at: now,
          })
          .where('id', '=', c.customer_id)
          .where('billomat_account', 'is not', null)
          .where('billomat_account', '!=', account)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 1) {
          done.push(c.customer_id);
          taken.add(clientId);
        }
      }
      await customerSearchRepository(trx).reindex(done);
      const ids = candidates.map((c) => c.customer_id);
      await trx
        .deleteFrom('customer_relink_candidates')
        .where('run_id', '=', runId)
        .where('customer_id', 'in', ids)
        .execute();
      // Counted with the chunk, so an interruption leaves the run's figures true for what is left.
      await trx
        .updateTable('customer_import_runs')
        .set((eb) => ({
          relinked: eb('relinked', '+', done.length),
          relinkable: sql<number>`case when relinkable > ${ids.length} then relinkable - ${ids.length} else 0 end`,
        }))
        .where('id', '=', runId)
        .execute();
      return { last: ids[ids.length - 1]!, relinked: done.length };
    });
    if (!chunk) break;
    relinked += chunk.relinked;
    after = chunk.last;
  }
  await db.updateTable('customer_import_runs').set({ relinkable: 0 }).where('id', '=', runId).execute();
  return relinked;
}
