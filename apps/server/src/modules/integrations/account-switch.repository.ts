import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

const num = (v: unknown) => Number(v ?? 0);

/**
 * What switching away from a billomat account leaves behind, as three counts (SQL aggregates, not
 * lists). Exports recorded before accounts were (billomat_account null) belong to the connected one.
 */
export function accountSwitchRepository(db: Kysely<Database>) {
  return {
    async impact(account: string) {
      const customers = await db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('billomat_account', '=', account)
        .executeTakeFirstOrThrow();
      const exports = await db
        .selectFrom('exports')
        .select((eb) => [
          eb.fn
            .sum<number>(
              eb
                .case()
                .when(eb.or([eb('status', '=', 'pending'), eb('undo_requested_at', 'is not', null)]))
                .then(1)
                .else(0)
                .end(),
            )
            .as('pending'),
          eb.fn.sum<number>(eb.case().when('status', '=', 'created').then(1).else(0).end()).as('created'),
        ])
        .where((eb) => eb.or([eb('billomat_account', '=', account), eb('billomat_account', 'is', null)]))
        .executeTakeFirstOrThrow();
      return {
        linkedCustomers: num(customers.n),
        pendingExports: num(exports.pending),
        syncingInvoices: num(exports.created),
      };
    },
  };
}
