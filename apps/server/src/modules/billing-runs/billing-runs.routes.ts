import type { FastifyInstance } from 'fastify';
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
import { previewTokenKey } from '../exports/preview-token';
import { billingRunsService } from './billing-runs.service';
import { observeRateLimit } from './quota';
import { haltRunner, runnerRuntime } from './runner-runtime';

const services = new WeakMap<object, ReturnType<typeof billingRunsService>>();

/** The app's billing-run service (tests drive the schedule with `tick(now)`). */
export const billingRunsOf = (app: FastifyInstance) => services.get(app.db)!;

const Params = z.object({ id: z.coerce.number().int().positive() });
const admin = { roles: ['admin'] } as const;

export interface BillingRunsRoutesOptions {
  appSecret: string;
  /** Resume runs left running or waiting when the app is ready (default true). */
  resumeOnStart?: boolean;
  /** How often the schedule is checked (default every minute; 0 = never, tests call `tick`). */
  scheduleCheckMs?: number;
}

export const billingRunsRoutes: FastifyPluginAsyncZod<BillingRunsRoutesOptions> = async (app, opts) => {
  const service = billingRunsService(app, previewTokenKey(opts.appSecret));
  services.set(app.db, service);
  observeRateLimit(app);
  app.addHook('onReady', async () => {
    if (opts.resumeOnStart !== false) {
      void service.runner
        .resumeAll()
        .catch((err: unknown) => app.log.error({ err }, 'resuming billing runs failed'));
    }
    const every = opts.scheduleCheckMs ?? 60_000;
    if (every > 0) {
      const timer = setInterval(() => {
        void service.tick().catch((err: unknown) => app.log.error({ err }, 'billing run schedule failed'));
      }, every);
      timer.unref();
      app.addHook('onClose', async () => clearInterval(timer));
    }
  });
  // Loops end without another write; a run left running resumes at the next start.
  app.addHook('onClose', async () => {
    haltRunner(app.db);
    await Promise.allSettled([...runnerRuntime(app.db).loops.values()]);
  });

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
