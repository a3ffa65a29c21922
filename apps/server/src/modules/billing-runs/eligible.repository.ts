import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

export interface EligibleProject {
  id: number;
  number: string;
  name: string;
  customerName: string;
  linked: boolean;
}

/** Which projects a run considers, and which of their bookings it bills. */
export function eligibleRepository(db: Kysely<Database>) {
  return {
    /** Running or completed projects with open billable bookings up to the cut-off (linked or not). */
    async projects(cutoff: string, projectIds?: readonly number[]): Promise<EligibleProject[]> {
      let q = db
        .selectFrom('projects as p')
        .innerJoin('customers as c', 'c.id', 'p.customer_id')
        .select(['p.id', 'p.number', 'p.name', 'c.name as customer_name', 'c.billomat_client_id'])
        .where('p.status', 'in', ['running', 'completed'])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('bookings as b')
              .select('b.id')
              .whereRef('b.project_id', '=', 'p.id')
              .where('b.billing_state', '=', 'open')
              .where('b.billable', '=', 1)
              .where('b.date', '<=', cutoff),
          ),
        );
      if (projectIds) {
        if (projectIds.length === 0) return [];
        q = q.where('p.id', 'in', [...projectIds]);
      }
      const rows = await q.orderBy('p.number').orderBy('p.id').execute();
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        name: r.name,
        customerName: r.customer_name,
        linked: r.billomat_client_id !== null,
      }));
    },
    firstAdmin: () =>
      db
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .orderBy('id')
        .executeTakeFirst(),
  };
}
