import type { SessionUser } from '@plainstaff/contracts/auth';
import type { ExportFilter, ExportSelection } from '@plainstaff/contracts/export-selection';
import type {
  BillingRoundingValue,
  Export,
  ExportOptions,
  ExportRequest,
  InvoicePreview,
  ExportListQuery,
} from '@plainstaff/contracts/exports';
import { list, nested } from '@plainstaff/contracts/messages';
import { AppError } from '../../errors';
import { projectAccess } from '../projects/project-access';
import { projectsRepository, type ProjectRow } from '../projects/projects.repository';
import { toExport } from './exports.mapper';
import { exportsRepository, type ExportRow } from './exports.repository';
import { computePreview, lineOptionsOf, type ComputedPreview } from './preview/compute';
import { previewCache } from './preview/cache';
import type { GroupedSelection } from './preview/groups.repository';
import { loadPreviewInput } from './preview/input';
import { sameToken } from './preview/token';
import { profilesRepository } from './profiles.repository';
import { exportProtocol, type ExportCtx } from './protocol';
import { invoiceUrlBase, pageService, type PageQuery } from './selection/page.service';

export type ExportResult = { status: 201 | 202; export: Export };

/** An export of one project's bookings, computed and ready to claim (the billing run's unit). */
export interface ExportPlan {
  options: ExportOptions;
  computed: ComputedPreview;
}

/**
 * The exports module's one public face (`app.exports`): the user's operations with their access
 * checks, and the same protocol without a user for the billing run.
 */
export function exportsService(ctx: ExportCtx, tokenKey: Buffer) {
  const { db, billomat } = ctx;
  const protocol = exportProtocol(ctx);
  const access = projectAccess(db);
  const repo = exportsRepository(db);
  const profiles = profilesRepository(db);

  const urlBase = () => invoiceUrlBase(billomat);
  async function view(id: number): Promise<Export> {
    const row = await repo.findListed(id);
    if (!row) throw new AppError('NOT_FOUND', { context: 'export' });
    return toExport(row, await urlBase());
  }
  /** An export is the project's business: admins, and managers of that project. */
  async function exportOf(user: SessionUser, id: number): Promise<ExportRow> {
    const row = await repo.find(id);
    if (!row) throw new AppError('NOT_FOUND', { context: 'export' });
    await access.editable(user, row.project_id);
    return row;
  }
  const page = pageService(db, billomat);
  const previews = previewCache();
  async function previewOf(project: ProjectRow, options: ExportOptions, grouped?: GroupedSelection) {
    const lineOptions = lineOptionsOf(project, options);
    const input = await loadPreviewInput(ctx, project, options.selection, lineOptions, grouped);
    return computePreview(input, options, tokenKey);
  }
  const result = async (id: number): Promise<ExportResult> => {
    const exp = await view(id);
    if (exp.status === 'failed')
      throw new AppError(
        'EXPORT_NOT_CREATED',
        exp.error ? { context: 'because', cause: nested(exp.error) } : {},
      );
    return { status: exp.status === 'created' ? 201 : 202, export: exp };
  };

  return {
    // The export page's reads (selection/page.service.ts), each behind the project's access check.
    async setup(user: SessionUser, projectId: number) {
      await access.editable(user, projectId);
      return page.setup(projectId);
    },
    async bookings(user: SessionUser, projectId: number, q: PageQuery) {
      await access.editable(user, projectId);
      return page.page(projectId, q);
    },
    async range(user: SessionUser, projectId: number, filter: ExportFilter, from: string, to: string) {
      await access.editable(user, projectId);
      return page.range(projectId, filter, from, to);
    },
    async totals(user: SessionUser, projectId: number, s: ExportSelection, rounding: BillingRoundingValue) {
      await access.editable(user, projectId);
      return page.totals(projectId, s, rounding);
    },
    async preview(user: SessionUser, projectId: number, options: ExportOptions): Promise<InvoicePreview> {
      const computed = await previewOf(await access.editable(user, projectId), options);
      previews.put(computed.preview.previewToken, computed.grouped);
      return computed.preview;
    },
    async create(user: SessionUser, projectId: number, request: ExportRequest): Promise<ExportResult> {
      const project = await access.editable(user, projectId);
      // The previewed groups (if this process made the preview): the token below is recomputed from
      // everything else, and the claim checks that the bookings are still the ones grouped.
      const computed = await previewOf(project, request, previews.take(request.previewToken) ?? undefined);
      // Named bookings taken by another export since: say so, rather than only "outdated".
      if (computed.blockers.some((b) => b.code === 'BOOKINGS_NOT_OPEN'))
        throw new AppError('BOOKINGS_ALREADY_CLAIMED');
      if (!sameToken(computed.preview.previewToken, request.previewToken))
        throw new AppError('PREVIEW_OUTDATED');
      if (computed.blockers.length > 0 || !computed.stored) {
        const { blockers } = computed;
        throw new AppError(
          'EXPORT_BLOCKED',
          blockers.length ? { context: 'because', blockers: list(blockers) } : {},
        );
      }
      const exp = await protocol.claim(user.id, projectId, request, computed);
      await protocol.post(exp);
      return result(exp.id);
    },
    async list(user: SessionUser, projectId: number, query: ExportListQuery) {
      await access.editable(user, projectId);
      const base = await urlBase();
      const { limit } = query;
      // One more than the page: whether an older page exists, without counting them all.
      const rows = await repo.byProject(projectId, { before: query.before, limit: limit + 1 });
      const items = rows.slice(0, limit).map((r) => toExport(r, base));
      return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.id : null };
    },
    async get(user: SessionUser, id: number) {
      await exportOf(user, id);
      return view(id);
    },
    /** Reconcile first; only a definitely failed export is claimed and posted again (same reference). */
    async retry(user: SessionUser, id: number): Promise<ExportResult> {
      let exp = await exportOf(user, id);
      if (exp.status === 'undone') throw new AppError('EXPORT_NOT_RETRYABLE');
      if (exp.status === 'pending') exp = (await protocol.reconcile(id))!;
      if (exp.status !== 'failed') return result(id);
      // Not connected, or another account now: refused before the bookings are claimed again.
      await billomat.clientForAccount(exp.billomat_account);
      await protocol.retry(exp);
      return result(id);
    },
    async undo(user: SessionUser, id: number): Promise<Export> {
      await exportOf(user, id);
      await protocol.undo(id);
      return view(id);
    },

    // The same protocol without a user: the billing run plans, claims and posts project by project.
    /** The export of `options` for a project as it would be previewed now; null when the project is gone. */
    async plan(projectId: number, options: ExportOptions): Promise<ExportPlan | null> {
      const project = await projectsRepository(db).findById(projectId);
      if (!project) return null;
      return { options, computed: await previewOf(project, options) };
    },
    claim: (userId: number, projectId: number, plan: ExportPlan) =>
      protocol.claim(userId, projectId, plan.options, plan.computed),
    post: (exp: ExportRow) => protocol.post(exp),
    /** A failed export (e.g. refused with 429) is claimed and posted again under the SAME reference. */
    retryFailed: (exp: ExportRow) => protocol.retry(exp),
    reconcile: (exportId: number) => protocol.reconcile(exportId),
    reconcilePending: protocol.reconcilePending,
    /** The export's current state. */
    status: (exportId: number) => repo.find(exportId),
    /** The newest export of a project made by a user since a moment (a claim whose process died). */
    latestSince: (projectId: number, userId: number, since: string) =>
      repo.latestSince(projectId, userId, since),
    /** The export settings a project remembers from its last export. */
    profiles,
    /** Process-local state: hooks, client tuning and grace (tests shorten them). */
    runtime: ctx.rt,
  };
}

export type ExportsApi = ReturnType<typeof exportsService>;
