import type { ExportOptions } from '@plainstaff/contracts/exports';
import type { ExportRow } from '../exports.repository';
import type { ComputedPreview } from '../preview/compute';
import { claimExport, reclaimExport } from './claim';
import { postInvoice } from './post';
import { reconcileExport, reconcilePending } from './reconcile';
import { retryClaimed } from './retry';
import { singleFlight, type ExportCtx } from './runtime';
import { undoExport } from './undo';

/*
 * The exactly-once export protocol of PRODUCT §5 on one page (drawn in docs/exports.md).
 * billomat has no idempotency keys, so the export row carries our own: its `reference`, stored in the
 * invoice's customfield. Every transition is one transaction whose UPDATE is conditional on the state
 * it expects (transitions.ts), so two processes racing for the same export cannot both win.
 *
 *   claim      open bookings → reserved, export row `pending`                      claim.ts
 *   post       pending: ONE POST with every line nested            → settle / failed / unclear   post.ts
 *   settle     invoice exists → customfield, complete, bookings billed → `created`  settle.ts
 *   failed     billomat refused (4xx, refused 429) → bookings open again → `failed` transitions.ts
 *   unclear    timeout, 5xx, lost answer, crash → stays `pending`, never re-posted  post.ts
 *   reconcile  pending: LOOK by id / reference / unique match  → settle / failed / pending  reconcile.ts, lookup.ts
 *   retry      failed → claim again (same reference) → look → post                 claim.ts, retry.ts
 *   undo       created: delete the draft / cancel the invoice → bookings open → `undone`  undo.ts, undo-check.ts
 *
 * One protocol run per export at a time within a process (singleFlight); across processes the
 * conditional transitions decide, and the background sweep only judges exports older than a lease.
 */
export function exportProtocol(ctx: ExportCtx) {
  return {
    claim: (userId: number, projectId: number, options: ExportOptions, computed: ComputedPreview) =>
      claimExport(ctx.db, userId, projectId, options, computed),
    post: (exp: ExportRow) => singleFlight(ctx.rt, exp.id, () => postInvoice(ctx, exp)),
    async retry(failed: ExportRow): Promise<void> {
      const claimed = await reclaimExport(ctx.db, failed);
      await singleFlight(ctx.rt, failed.id, () => retryClaimed(ctx, claimed));
    },
    reconcile: (exportId: number) => reconcileExport(ctx, exportId),
    reconcilePending: (opts?: { olderThanMs?: number }) => reconcilePending(ctx, opts),
    undo: (exportId: number) => undoExport(ctx, exportId),
  };
}

export type ExportProtocol = ReturnType<typeof exportProtocol>;
export { createExportRuntime, type ExportCtx, type ExportHooks, type ExportRuntime } from './runtime';
