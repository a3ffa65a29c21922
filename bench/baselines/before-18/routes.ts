import crypto from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { nested } from '@plainstaff/contracts/messages';
import { AppError } from '@plainstaff/server/src/errors';
import { projectAccess } from '@plainstaff/server/src/modules/projects/project-access';
import type { ProjectRow } from '@plainstaff/server/src/modules/projects/projects.repository';
import { currentUser } from '@plainstaff/server/src/plugins/auth';
import { candidatesRepository, toCandidate } from './candidates';
import { claimOld } from './claim';
import { computeOldPreview } from './preview';
import {
  OldCandidatesQuerySchema,
  OldExportOptionsSchema,
  OldExportRequestSchema,
  OldExportSchema,
  OldPreviewSchema,
  type OldExportOptions,
} from './schemas';

// BASELINE, not product code: the three routes of the export page BEFORE issue 18 (`git show 671f99b:`
// of apps/server/src/modules/exports/exports.{routes,service}.ts), mounted by the benchmarks only, under
// /api/bench-before-18/…, on the same app: same auth, CSRF check, zod validation and serialisation as
// today's routes, same database. The invoice is posted and settled by today's protocol (app.exports.post),
// which issue 18 did not change.

export const BEFORE_18 = '/api/bench-before-18';

const ProjectParams = z.object({ id: z.coerce.number().int().positive() });
const roles = { roles: ['admin', 'manager'] } as const;
type Req = FastifyRequest<{ Params: { id: number } }>;

async function loadInput(app: FastifyInstance, project: ProjectRow, ids: readonly number[]) {
  const customer = await app.db
    .selectFrom('customers')
    .select(['id', 'name', 'source', 'billomat_client_id'])
    .where('id', '=', project.customer_id)
    .executeTakeFirstOrThrow();
  return {
    project,
    customer: {
      ...customer,
      billomatClientId: customer.billomat_client_id === null ? null : Number(customer.billomat_client_id),
    },
    settings: await app.billomat.getSettings(),
    selection: await candidatesRepository(app.db).selection(ids),
  };
}

export function before18Routes(appSecret: string): FastifyPluginAsync {
  const tokenKey = Buffer.from(
    crypto.hkdfSync('sha256', appSecret, 'plainstaff', 'export-preview-token', 32),
  );
  return async (app) => {
    const access = projectAccess(app.db);
    const preview = async (req: Req, options: OldExportOptions) => {
      const project = await access.editable(currentUser(req), req.params.id);
      return computeOldPreview(await loadInput(app, project, options.bookingIds), options, tokenKey);
    };

    app.get(`${BEFORE_18}/projects/:id/export-candidates`, {
      config: roles,
      schema: { params: ProjectParams, querystring: OldCandidatesQuerySchema },
      // As before issue 18 (bench finding 2 of issue 11): no zod pass over up to 100,000 rows.
      serializerCompiler: () => (data) => JSON.stringify(data),
      handler: async (req: Req) => {
        await access.editable(currentUser(req), req.params.id);
        const settings = await app.billomat.getSettings().catch(() => null);
        const q = req.query as z.output<typeof OldCandidatesQuerySchema>;
        const rows = await candidatesRepository(app.db).list(req.params.id, q);
        return {
          items: rows.map(toCandidate),
          profile: await app.exports.profiles.get(req.params.id),
          defaults: {
            completeInBillomat: settings?.completeInvoices ?? false,
            invoiceDate: new Date().toISOString().slice(0, 10),
          },
        };
      },
    });

    app.post(`${BEFORE_18}/projects/:id/export-preview`, {
      config: roles,
      schema: { params: ProjectParams, body: OldExportOptionsSchema, response: { 200: OldPreviewSchema } },
      handler: async (req: Req) => (await preview(req, req.body as OldExportOptions)).preview,
    });

    app.post(`${BEFORE_18}/projects/:id/exports`, {
      config: roles,
      schema: {
        params: ProjectParams,
        body: OldExportRequestSchema,
        response: { 201: OldExportSchema, 202: OldExportSchema },
      },
      handler: async (req: Req, reply) => {
        const request = req.body as OldExportOptions & { previewToken: string };
        const computed = await preview(req, request);
        const token = Buffer.from(computed.preview.previewToken);
        const given = Buffer.from(request.previewToken);
        if (token.length !== given.length || !crypto.timingSafeEqual(token, given))
          throw new AppError('PREVIEW_OUTDATED');
        if (computed.blockers.length > 0 || !computed.stored) throw new AppError('EXPORT_BLOCKED');
        const user = currentUser(req);
        const exp = await claimOld(app.db, user.id, req.params.id, request, computed);
        await app.exports.post(exp);
        const view = await app.exports.get(user, exp.id);
        if (view.status === 'failed')
          throw new AppError(
            'EXPORT_NOT_CREATED',
            view.error ? { context: 'because', cause: nested(view.error) } : {},
          );
        // The answer listed every line's booking ids (today's mapper reduces them to a count).
        const { lines } = await app.db
          .selectFrom('exports')
          .select('lines')
          .where('id', '=', exp.id)
          .executeTakeFirstOrThrow();
        return reply.code(view.status === 'created' ? 201 : 202).send({ ...view, lines: JSON.parse(lines) });
      },
    });
  };
}
