import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OkSchema } from '@plainstaff/contracts/common';
import {
  BillomatAccountSwitchQuerySchema,
  BillomatAccountSwitchSchema,
  BillomatConnectionTestInputSchema,
  BillomatConnectionTestResultSchema,
  BillomatSettingsInputSchema,
  BillomatSettingsSchema,
  BillomatTemplateListSchema,
} from '@plainstaff/contracts/integrations';
import { integrationsService } from './integrations.service';

const adminOnly = { roles: ['admin'] } as const;

export const integrationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = integrationsService({
    db: app.db,
    billomat: app.billomat,
    log: app.log,
    reconcilePending: () => app.exports.reconcilePending(),
    async busy() {
      if (await app.billingRuns.running()) return true;
      const lock = await app.db
        .selectFrom('customer_import_lock')
        .select(['holder', 'expires_at'])
        .where('id', '=', 1)
        .executeTakeFirst();
      return Boolean(lock?.holder && lock.expires_at && lock.expires_at > new Date().toISOString());
    },
  });

  app.get(
    '/api/integrations/billomat',
    { config: adminOnly, schema: { response: { 200: BillomatSettingsSchema } } },
    () => service.view(),
  );

  app.put(
    '/api/integrations/billomat',
    {
      config: adminOnly,
      schema: { body: BillomatSettingsInputSchema, response: { 200: BillomatSettingsSchema } },
    },
    (request) => service.save(request.body),
  );

  // What saving another billomat ID would mean; the dialog asks for confirmation with these counts.
  app.get(
    '/api/integrations/billomat/account-switch',
    {
      config: adminOnly,
      schema: {
        querystring: BillomatAccountSwitchQuerySchema,
        response: { 200: BillomatAccountSwitchSchema },
      },
    },
    (request) => service.accountSwitch(request.query.billomatId),
  );

  app.post(
    '/api/integrations/billomat/test',
    {
      config: adminOnly,
      schema: {
        body: BillomatConnectionTestInputSchema,
        response: { 200: BillomatConnectionTestResultSchema },
      },
    },
    (request) => service.test(request.body),
  );

  app.delete(
    '/api/integrations/billomat',
    { config: adminOnly, schema: { response: { 200: OkSchema } } },
    async () => {
      await service.disconnect();
      return { ok: true as const };
    },
  );

  app.get(
    '/api/integrations/billomat/templates',
    { config: adminOnly, schema: { response: { 200: BillomatTemplateListSchema } } },
    async () => ({ items: await service.templates() }),
  );
};
