import type { FastifyInstance } from 'fastify';
import type { ExportOptions } from '@plainstaff/contracts/exports';
import type { ExportPlan } from '../exports';
import { eligibleRepository } from './eligible.repository';

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
  const bookingIds = await eligibleRepository(app.db).bookingIds(projectId, run.cutoffDate);
  const profile = await app.exports.profiles.get(projectId);
  const options: ExportOptions = {
    ...profile,
    ...(run.draftsOnly ? { completeInBillomat: false } : {}),
    bookingIds,
    invoiceDate: run.invoiceDate,
    markAsBilled: true,
  };
  const plan = await app.exports.plan(projectId, options);
  return plan && { ...plan, bookingCount: bookingIds.length };
}
