import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ExportCandidateListSchema,
  ExportCandidatesQuerySchema,
  ExportListSchema,
  ExportOptionsSchema,
  ExportRequestSchema,
  ExportSchema,
  InvoicePreviewSchema,
} from '@plainstaff/contracts/exports';
import { currentUser } from '../../plugins/auth';
import { exportsService } from './exports.service';
import { previewTokenKey } from './preview-token';
import { reconcilePending } from './reconcile';

const ProjectParams = z.object({ id: z.coerce.number().int().positive() });
const ExportParams = z.object({ id: z.coerce.number().int().positive() });
const roles = { roles: ['admin', 'manager'] } as const;

/** Longer than one protocol run can take (client timeout 30 s, plus customfield and complete). */
const RECONCILE_LEASE_MS = 2 * 60_000;

export interface ExportsRoutesOptions {
  appSecret: string;
  /** Resolve pending exports when the app is ready (default true). */
  reconcileOnStart?: boolean;
}

export const exportsRoutes: FastifyPluginAsyncZod<ExportsRoutesOptions> = async (app, opts) => {
  const service = exportsService(app, previewTokenKey(opts.appSecret));
  if (opts.reconcileOnStart !== false) {
    // In the background: a slow billomat must not hold up the start; failures are logged. Then a sweep
    // every minute, so an export left pending by a crashed instance is settled without a restart.
    const sweep = () =>
      void reconcilePending(app, { olderThanMs: RECONCILE_LEASE_MS }).catch((err: unknown) =>
        app.log.error({ err }, 'reconciler failed'),
      );
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      sweep();
      timer = setInterval(sweep, 60_000);
      timer.unref();
    });
    app.addHook('onClose', async () => clearInterval(timer));
  }

  app.get('/api/projects/:id/export-candidates', {
    config: roles,
    schema: {
      params: ProjectParams,
      querystring: ExportCandidatesQuerySchema,
      response: { 200: ExportCandidateListSchema },
    },
    // Up to 100,000 rows: a zod pass over every object before serialising cost ~330 ms (bench finding
    // 2). toCandidate builds exactly the contract's fields, so it is this route's allowlist.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: (req) => service.candidates(currentUser(req), req.params.id, req.query),
  });
  app.post('/api/projects/:id/export-preview', {
    config: roles,
    schema: { params: ProjectParams, body: ExportOptionsSchema, response: { 200: InvoicePreviewSchema } },
    handler: (req) => service.preview(currentUser(req), req.params.id, req.body),
  });
  app.post('/api/projects/:id/exports', {
    config: roles,
    schema: {
      params: ProjectParams,
      body: ExportRequestSchema,
      response: { 201: ExportSchema, 202: ExportSchema },
    },
    handler: async (req, reply) => {
      const result = await service.create(currentUser(req), req.params.id, req.body);
      return reply.code(result.status).send(result.export);
    },
  });
  app.get('/api/projects/:id/exports', {
    config: roles,
    schema: { params: ProjectParams, response: { 200: ExportListSchema } },
    handler: (req) => service.list(currentUser(req), req.params.id),
  });
  app.get('/api/exports/:id', {
    config: roles,
    schema: { params: ExportParams, response: { 200: ExportSchema } },
    handler: (req) => service.get(currentUser(req), req.params.id),
  });
  app.post('/api/exports/:id/retry', {
    config: roles,
    schema: { params: ExportParams, response: { 201: ExportSchema, 202: ExportSchema } },
    handler: async (req, reply) => {
      const result = await service.retry(currentUser(req), req.params.id);
      return reply.code(result.status).send(result.export);
    },
  });
  app.post('/api/exports/:id/undo', {
    config: roles,
    schema: { params: ExportParams, response: { 200: ExportSchema } },
    handler: (req) => service.undo(currentUser(req), req.params.id),
  });
};
