import type { Kysely } from 'kysely';
import type { LineOptions } from '@plainstaff/billing';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import type { Database } from '../../../db/database';
import type { BillomatApi, BillomatConnection } from '../../../plugins/billomat';
import type { ProjectRow } from '../../projects/projects.repository';
import { explicitProblems, type ExplicitProblems } from './explicit.repository';
import { groupSelection, type GroupedSelection } from './groups.repository';

export interface CustomerInfo {
  id: number;
  name: string;
  source: 'manual' | 'billomat';
  billomatClientId: number | null;
  /** The billomat account the link belongs to (null: not linked). */
  billomatAccount: string | null;
  /** Archived in billomat (mirrored by the import). */
  archived: boolean;
  /** Gone from billomat ("in billomat gelöscht"): a complete import or an export found it missing. */
  missingInBillomat: boolean;
}

/** Everything a preview is computed from, read fresh for every preview and every export. */
export interface PreviewInput {
  project: ProjectRow;
  customer: CustomerInfo;
  settings: BillomatConnection | null;
  selection: ExportSelection;
  grouped: GroupedSelection;
  /** Bookings named one by one that cannot be billed (gone, elsewhere, not open, not billable). */
  problems: ExplicitProblems;
}

/** `grouped`: the selection's groups as a preview computed them moments ago (preview/cache.ts). */
export async function loadPreviewInput(
  { db, billomat }: { db: Kysely<Database>; billomat: BillomatApi },
  project: ProjectRow,
  selection: ExportSelection,
  options: LineOptions,
  grouped?: GroupedSelection,
): Promise<PreviewInput> {
  const customer = await db
    .selectFrom('customers')
    .select([
      'id',
      'name',
      'source',
      'billomat_client_id',
      'billomat_account',
      'archived',
      'missing_in_billomat',
    ])
    .where('id', '=', project.customer_id)
    .executeTakeFirstOrThrow();
  return {
    project,
    customer: {
      id: customer.id,
      name: customer.name,
      source: customer.source,
      billomatClientId: customer.billomat_client_id === null ? null : Number(customer.billomat_client_id),
      billomatAccount: customer.billomat_account,
      archived: customer.archived === 1,
      missingInBillomat: customer.missing_in_billomat === 1,
    },
    settings: await billomat.getSettings(),
    selection,
    grouped: grouped ?? (await groupSelection(db, project.id, selection, options)),
    problems: await explicitProblems(db, project.id, selection),
  };
}
