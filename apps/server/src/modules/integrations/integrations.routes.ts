import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { OkSchema } from '@plainstaff/contracts/common';
import {
  BillomatConnectionTestInputSchema,
  BillomatConnectionTestResultSchema,
  BillomatSettingsInputSchema,
  BillomatSettingsSchema,
  BillomatTemplateListSchema,
} from '@plainstaff/contracts/integrations';
import { integrationsService } from './integrations.service';

const adminOnly = { roles: ['admin'] } as const;

export const integrationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = integrationsService(app.billomat, app.log);

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
