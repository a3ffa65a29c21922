import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActiveBillingRunSchema,
  BillingRunDetailSchema,
  BillingRunListSchema,
  BillingRunOptionsSchema,
  BillingRunPreviewSchema,
  BillingRunStartSchema,
  BillingScheduleSchema,
} from '@plainstaff/contracts/billing-runs';
import { ExportProfileSchema } from '@plainstaff/contracts/exports';
import { currentUser } from '../../plugins/auth';

const Params = z.object({ id: z.coerce.number().int().positive() });
const admin = { roles: ['admin'] } as const;

/** HTTP for `app.billingRuns` (billing-runs.plugin.ts); no state and no background work here. */
export const billingRunsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.billingRuns;

  app.post('/api/billing-runs/preview', {
    config: admin,
    schema: { body: BillingRunOptionsSchema, response: { 200: BillingRunPreviewSchema } },
    handler: (req) => service.preview(req.body),
  });
  app.post('/api/billing-runs', {
    config: admin,
    schema: { body: BillingRunStartSchema, response: { 201: BillingRunDetailSchema } },
    handler: async (req, reply) => reply.code(201).send(await service.start(currentUser(req), req.body)),
  });
  app.get('/api/billing-runs', {
    config: admin,
    schema: { response: { 200: BillingRunListSchema } },
    handler: () => service.list(),
  });
  app.get('/api/billing-runs/active', {
    config: admin,
    schema: { response: { 200: ActiveBillingRunSchema } },
    handler: () => service.active(),
  });
  app.get('/api/billing-runs/schedule', {
    config: admin,
    schema: { response: { 200: BillingScheduleSchema } },
    handler: () => service.schedule(),
  });
  app.put('/api/billing-runs/schedule', {
    config: admin,
    schema: { body: BillingScheduleSchema, response: { 200: BillingScheduleSchema } },
    handler: (req) => service.saveSchedule(req.body),
  });
  app.get('/api/billing-runs/:id', {
    config: admin,
    schema: { params: Params, response: { 200: BillingRunDetailSchema } },
    handler: (req) => service.get(req.params.id),
  });
  app.post('/api/billing-runs/:id/cancel', {
    config: admin,
    schema: { params: Params, response: { 200: BillingRunDetailSchema } },
    handler: (req) => service.cancel(req.params.id),
  });
  // The export profile a project remembers from its last export, editable in the project file.
  app.get('/api/projects/:id/export-profile', {
    config: { roles: ['admin', 'manager'] },
    schema: { params: Params, response: { 200: ExportProfileSchema } },
    handler: (req) => service.profile(currentUser(req), req.params.id),
  });
  app.put('/api/projects/:id/export-profile', {
    config: { roles: ['admin', 'manager'] },
    schema: { params: Params, body: ExportProfileSchema, response: { 200: ExportProfileSchema } },
    handler: (req) => service.saveProfile(currentUser(req), req.params.id, req.body),
  });
};
