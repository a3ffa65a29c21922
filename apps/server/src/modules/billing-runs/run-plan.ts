import type { FastifyInstance } from 'fastify';
import type { ExportOptions } from '@plainstaff/contracts/exports';
import type { ExportPlan } from '../exports';

export interface RunOptions {
  cutoffDate: string;
  invoiceDate: string;
  draftsOnly: boolean;
}

/**
 * A run bills a project like a user's export of all its open billable bookings up to the cut-off,
 * with the export profile the project remembers (drafts only when the run says so). The invoice is
 * planned immediately before it is claimed, from the same input a user's preview would use.
 */
export async function planProject(
  app: FastifyInstance,
  projectId: number,
  run: RunOptions,
): Promise<(ExportPlan & { bookingCount: number }) | null> {
  const profile = await app.exports.profiles.get(projectId);
  const options: ExportOptions = {
    ...profile,
    ...(run.draftsOnly ? { completeInBillomat: false } : {}),
    // Every open, billable booking up to the cut-off, as a query: the run never lists booking ids.
    selection: {
      filter: { to: run.cutoffDate, state: 'open', employeeIds: [], taskIds: [] },
      mode: 'all',
      included: [],
      excluded: [],
    },
    invoiceDate: run.invoiceDate,
    markAsBilled: true,
  };
  const plan = await app.exports.plan(projectId, options);
  return plan && { ...plan, bookingCount: plan.computed.selectedCount };
}
