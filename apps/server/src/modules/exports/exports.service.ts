import type { FastifyInstance } from 'fastify';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type {
  Export,
  ExportCandidatesQuery,
  ExportOptions,
  ExportRequest,
  InvoicePreview,
} from '@plainstaff/contracts/exports';
import { AppError } from '../../errors';
import { projectAccess } from '../projects/project-access';
import { candidatesRepository } from './candidates.repository';
import { claimExport, reclaimExport } from './claim.service';
import { toCandidate, toExport } from './exports.mapper';
import { exportsRepository } from './exports.repository';
import { loadPreviewInput } from './preview-input';
import { sameToken } from './preview-token';
import { computePreview } from './preview.service';
import { profilesRepository } from './profiles.repository';
import { postInvoice } from './protocol';
import { exportClient, reconcileExport } from './reconcile';
import { exportRuntime, singleFlight } from './runtime';
import { retryClaimed } from './retry';
import { undoExport } from './undo.service';

export type ExportResult = { status: 201 | 202; export: Export };

export function exportsService(app: FastifyInstance, tokenKey: Buffer) {
  const access = projectAccess(app.db);
  const repo = exportsRepository(app.db);
  const today = () => new Date().toISOString().slice(0, 10);

  async function urlBase(): Promise<string | null> {
    const s = await app.billomat.getSettings().catch(() => null);
    return s ? app.billomat.baseUrlFor(s.billomatId) : null;
  }
  async function view(id: number): Promise<Export> {
    const row = await repo.findListed(id);
    if (!row) throw new AppError('NOT_FOUND', 'Diesen Export gibt es nicht.');
    return toExport(row, await urlBase());
  }
  /** An export is the project's business: admins, and managers of that project. */
  async function exportOf(user: SessionUser, id: number) {
    const row = await repo.find(id);
    if (!row) throw new AppError('NOT_FOUND', 'Diesen Export gibt es nicht.');
    await access.editable(user, row.project_id);
    return row;
  }
  async function preview(user: SessionUser, projectId: number, options: ExportOptions) {
    const project = await access.editable(user, projectId);
    return computePreview(await loadPreviewInput(app, project, options.bookingIds), options, tokenKey);
  }
  const result = async (id: number): Promise<ExportResult> => {
    const exp = await view(id);
    if (exp.status === 'failed') throw new AppError('EXPORT_NOT_CREATED', exp.error ?? undefined);
    return { status: exp.status === 'created' ? 201 : 202, export: exp };
  };

  return {
    async candidates(user: SessionUser, projectId: number, q: ExportCandidatesQuery) {
      await access.editable(user, projectId);
      const settings = await app.billomat.getSettings().catch(() => null);
      const rows = await candidatesRepository(app.db).list(projectId, q);
      return {
        items: rows.map(toCandidate),
        profile: await profilesRepository(app.db).get(projectId),
        defaults: { completeInBillomat: settings?.completeInvoices ?? false, invoiceDate: today() },
      };
    },
    async preview(user: SessionUser, projectId: number, options: ExportOptions): Promise<InvoicePreview> {
      return (await preview(user, projectId, options)).preview;
    },
    async create(user: SessionUser, projectId: number, request: ExportRequest): Promise<ExportResult> {
      const computed = await preview(user, projectId, request);
      if (!sameToken(computed.preview.previewToken, request.previewToken))
        throw new AppError('PREVIEW_OUTDATED');
      if (computed.blockers.some((b) => b.code === 'BOOKINGS_NOT_OPEN'))
        throw new AppError('BOOKINGS_ALREADY_CLAIMED');
      if (computed.blockers.length > 0 || !computed.stored) {
        const message = computed.blockers.map((b) => b.message).join(' ');
        throw new AppError('EXPORT_BLOCKED', message || undefined);
      }
      const exp = await claimExport(app, user.id, projectId, request, computed);
      await singleFlight(exportRuntime(app.db), exp.id, () => postInvoice(app, exp));
      return result(exp.id);
    },
    async list(user: SessionUser, projectId: number) {
      await access.editable(user, projectId);
      const base = await urlBase();
      return { items: (await repo.byProject(projectId)).map((r) => toExport(r, base)) };
    },
    async get(user: SessionUser, id: number) {
      await exportOf(user, id);
      return view(id);
    },
    /** Reconcile first; only a definitely failed export is claimed and posted again (same reference). */
    async retry(user: SessionUser, id: number): Promise<ExportResult> {
      let exp = await exportOf(user, id);
      if (exp.status === 'undone') throw new AppError('EXPORT_NOT_RETRYABLE');
      if (exp.status === 'pending') exp = (await reconcileExport(app, id))!;
      if (exp.status !== 'failed') return result(id);
      if (!(await exportClient(app))) throw new AppError('BILLOMAT_NOT_CONNECTED');
      const claimed = await reclaimExport(app, exp);
      await singleFlight(exportRuntime(app.db), id, () => retryClaimed(app, claimed));
      return result(id);
    },
    async undo(user: SessionUser, id: number): Promise<Export> {
      await exportOf(user, id);
      await undoExport(app, id);
      return view(id);
    },
  };
}
