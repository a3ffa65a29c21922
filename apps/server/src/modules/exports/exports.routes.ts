import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ExportBookingPageSchema,
  ExportBookingsQuerySchema,
  GridRangeRequestSchema,
  GridRangeSchema,
  SelectionTotalsRequestSchema,
  SelectionTotalsSchema,
} from '@plainstaff/contracts/export-selection';
import {
  ExportListQuerySchema,
  ExportListSchema,
  ExportOptionsSchema,
  ExportRequestSchema,
  ExportSchema,
  ExportSetupSchema,
  InvoicePreviewSchema,
} from '@plainstaff/contracts/exports';
import { currentUser } from '../../plugins/auth';

const ProjectParams = z.object({ id: z.coerce.number().int().positive() });
const ExportParams = z.object({ id: z.coerce.number().int().positive() });
const roles = { roles: ['admin', 'manager'] } as const;

/** HTTP for `app.exports` (exports.plugin.ts); no state and no background work here. */
export const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.exports;
  app.get('/api/projects/:id/export-setup', {
    config: roles,
    schema: { params: ProjectParams, response: { 200: ExportSetupSchema } },
    handler: (req) => service.setup(currentUser(req), req.params.id),
  });
  // One keyset page of the grid (issue 18): a few kilobytes, whatever the project's size.
  app.get('/api/projects/:id/export-bookings', {
    config: roles,
    schema: {
      params: ProjectParams,
      querystring: ExportBookingsQuerySchema,
      response: { 200: ExportBookingPageSchema },
    },
    handler: (req) => service.bookings(currentUser(req), req.params.id, req.query),
  });
  app.post('/api/projects/:id/export-bookings/range', {
    config: roles,
    schema: { params: ProjectParams, body: GridRangeRequestSchema, response: { 200: GridRangeSchema } },
    handler: (req) =>
      service.range(currentUser(req), req.params.id, req.body.filter, req.body.from, req.body.to),
  });
  app.post('/api/projects/:id/export-selection', {
    config: roles,
    schema: {
      params: ProjectParams,
      body: SelectionTotalsRequestSchema,
      response: { 200: SelectionTotalsSchema },
    },
    handler: (req) => service.totals(currentUser(req), req.params.id, req.body.selection, req.body.rounding),
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
    schema: {
      params: ProjectParams,
      querystring: ExportListQuerySchema,
      response: { 200: ExportListSchema },
    },
    handler: (req) => service.list(currentUser(req), req.params.id, req.query),
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
