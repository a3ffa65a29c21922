import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/connect';
import type { Database } from '../../db/database';

/**
 * Who drives a running billing run (issue 20): the instance named in `owner`, for as long as it renews
 * `lease_until`. An instance that dies stops renewing; another takes the run over once the lease has
 * run out. On PostgreSQL the candidates are picked `FOR UPDATE SKIP LOCKED`, so instances looking at
 * the same moment never wait on, or both take, the same run; the conditional UPDATE decides in any case.
 */
export function leaseRepository(db: Kysely<Database>, dialect: Dialect) {
  return {
    /** Renews this owner's lease; false when the run is no longer ours (taken over, or finished). */
    async renew(runId: number, owner: string, until: number): Promise<boolean> {
      const r = await db
        .updateTable('billing_runs')
        .set({ lease_until: until })
        .where('id', '=', runId)
        .where('owner', '=', owner)
        .where('status', 'in', ['running', 'waiting'])
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    /** Takes over active runs whose lease ran out (or that never had an owner); returns their ids. */
    async takeOver(owner: string, now: number, until: number): Promise<number[]> {
      return db.transaction().execute(async (trx) => {
        let q = trx
          .selectFrom('billing_runs')
          .select('id')
          .where('status', 'in', ['running', 'waiting'])
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
          .orderBy('id');
        if (dialect === 'postgres') q = q.forUpdate().skipLocked();
        const taken: number[] = [];
        for (const { id } of await q.execute()) {
          const r = await trx
            .updateTable('billing_runs')
            .set({ owner, lease_until: until })
            .where('id', '=', id)
            .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
            .executeTakeFirst();
          if (Number(r.numUpdatedRows) === 1) taken.push(id);
        }
        return taken;
      });
    },
  };
}
