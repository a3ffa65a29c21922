import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import type { BillomatApi, BillomatConnection } from '../../../plugins/billomat';
import type { ProjectRow } from '../../projects/projects.repository';
import { candidatesRepository, type CandidateRow } from '../candidates.repository';

export interface CustomerInfo {
  id: number;
  name: string;
  source: 'manual' | 'billomat';
  billomatClientId: number | null;
}

/** Everything a preview is computed from, read fresh for every preview and every export. */
export interface PreviewInput {
  project: ProjectRow;
  customer: CustomerInfo;
  settings: BillomatConnection | null;
  selection: CandidateRow[];
}

export async function loadPreviewInput(
  { db, billomat }: { db: Kysely<Database>; billomat: BillomatApi },
  project: ProjectRow,
  bookingIds: readonly number[],
): Promise<PreviewInput> {
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'name', 'source', 'billomat_client_id'])
    .where('id', '=', project.customer_id)
    .executeTakeFirstOrThrow();
  return {
    project,
    customer: {
      id: customer.id,
      name: customer.name,
      source: customer.source,
      billomatClientId: customer.billomat_client_id === null ? null : Number(customer.billomat_client_id),
    },
    settings: await billomat.getSettings(),
    selection: await candidatesRepository(db).selection(bookingIds),
  };
}
