import type { Kysely } from 'kysely';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import type { Database } from '../../../db/database';

export interface ExplicitProblems {
  /** Ids that are not (or no longer) bookings of this project. */
  notInProject: number[];
  /** Already billed, or reserved by a running export. */
  notOpen: number[];
  notBillable: number[];
}

/**
 * The bookings a user picked one by one ("only these") that cannot be billed: the grid showed them
 * selectable, so something changed since (another export, an edit, a delete). At most the named ids.
 */
export async function explicitProblems(
  db: Kysely<Database>,
  projectId: number,
  selection: ExportSelection,
): Promise<ExplicitProblems> {
  const none: ExplicitProblems = { notInProject: [], notOpen: [], notBillable: [] };
  if (selection.mode !== 'only' || selection.included.length === 0) return none;
  const rows = await db
    .selectFrom('bookings')
    .select(['id', 'project_id', 'billing_state', 'billable'])
    .where('id', 'in', selection.included)
    .execute();
  const found = new Map(rows.map((r) => [r.id, r]));
  for (const id of selection.included) {
    const r = found.get(id);
    if (!r || r.project_id !== projectId) none.notInProject.push(id);
    else if (r.billing_state !== 'open') none.notOpen.push(id);
    else if (r.billable !== 1) none.notBillable.push(id);
  }
  return none;
}
