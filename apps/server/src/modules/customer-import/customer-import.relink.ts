import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { customerSearchRepository } from '../customers/customers.search.repository';
import { MIRRORED_COLUMNS, type MirroredFields } from './customer-import.mapper';
import { importCustomersRepository } from './customer-import.repository';

/**
 * The user confirmed the import summary's "Verknüpfen": every held-back client of the run becomes the
 * link of the other account's customer with its client number. One transaction; a customer relinked
 * or a client imported in the meantime is left as it is (the conditional UPDATE finds nothing).
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

  return db.transaction().execute(async (trx) => {
    const repo = importCustomersRepository(trx, account);
    const search = customerSearchRepository(trx);
    const candidates = await trx
      .selectFrom('customer_relink_candidates')
      .select(['customer_id', 'billomat_client_id', 'fields'])
      .where('run_id', '=', runId)
      .orderBy('customer_id')
      .execute();
    let relinked = 0;
    const now = new Date().toISOString();
    for (const c of candidates) {
      const clientId = Number(c.billomat_client_id);
      if ((await repo.byClientIds([clientId])).length > 0) continue;
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
        await search.reindex([c.customer_id]);
        relinked++;
      }
    }
    await trx.deleteFrom('customer_relink_candidates').where('run_id', '=', runId).execute();
    await trx
      .updateTable('customer_import_runs')
      .set((eb) => ({ relinked: eb('relinked', '+', relinked), relinkable: 0 }))
      .where('id', '=', runId)
      .execute();
    return relinked;
  });
}
