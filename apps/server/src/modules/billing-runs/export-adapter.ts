import type { FastifyInstance } from 'fastify';
import type { ExportOptions } from '@plainstaff/contracts/exports';
import { claimExport, reclaimExport } from '../exports/claim.service';
import { exportsRepository, type ExportRow } from '../exports/exports.repository';
import { loadPreviewInput } from '../exports/preview-input';
import { computePreview, type ComputedPreview } from '../exports/preview.service';
import { profilesRepository } from '../exports/profiles.repository';
import { postInvoice } from '../exports/protocol';
import { reconcileExport } from '../exports/reconcile';
import { retryClaimed } from '../exports/retry';
import { exportRuntime, singleFlight } from '../exports/runtime';
import { projectsRepository } from '../projects/projects.repository';
import { eligibleRepository } from './eligible.repository';

// The run creates its invoices through the SAME functions as `exportsService.create` / `.retry`
// (preview → claim → post under singleFlight; reconcile → reclaim → retryClaimed). Only the
// per-user access check and the preview-token round trip are left out: the run computes the
// preview itself, immediately before claiming, from the same input.

export interface ProjectPlan {
  options: ExportOptions;
  computed: ComputedPreview;
  bookingCount: number;
}

export function exportAdapter(app: FastifyInstance, tokenKey: Buffer) {
  const db = app.db;
  return {
    /** The single export's preview of all open billable bookings up to the cut-off, with the profile. */
    async plan(
      projectId: number,
      run: { cutoffDate: string; invoiceDate: string; draftsOnly: boolean },
    ): Promise<ProjectPlan | null> {
      const project = await projectsRepository(db).findById(projectId);
      if (!project) return null;
      const bookingIds = await eligibleRepository(db).bookingIds(projectId, run.cutoffDate);
      const profile = await profilesRepository(db).get(projectId);
      const options: ExportOptions = {
        ...profile,
        ...(run.draftsOnly ? { completeInBillomat: false } : {}),
        bookingIds,
        invoiceDate: run.invoiceDate,
        markAsBilled: true,
      };
      const input = await loadPreviewInput(app, project, bookingIds);
      return { options, computed: computePreview(input, options, tokenKey), bookingCount: bookingIds.length };
    },
    claim: (userId: number, projectId: number, plan: ProjectPlan) =>
      claimExport(app, userId, projectId, plan.options, plan.computed),
    post: (exp: ExportRow) => singleFlight(exportRuntime(db), exp.id, () => postInvoice(app, exp)),
    /** A failed export (e.g. refused with 429) is claimed and posted again under the SAME reference. */
    async retry(exp: ExportRow): Promise<void> {
      const claimed = await reclaimExport(app, exp);
      await singleFlight(exportRuntime(db), exp.id, () => retryClaimed(app, claimed));
    },
    reconcile: (exportId: number) => reconcileExport(app, exportId),
    find: (exportId: number) => exportsRepository(db).find(exportId),
    /** An export of this project the run claimed but could not record (the process died in between). */
    async orphan(projectId: number, userId: number, since: string): Promise<ExportRow | undefined> {
      return db
        .selectFrom('exports')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('created_by', '=', userId)
        .where('created_at', '>=', since)
        .where('status', '!=', 'undone')
        .orderBy('id', 'desc')
        .executeTakeFirst();
    },
  };
}

export type ExportAdapter = ReturnType<typeof exportAdapter>;
