import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '@plainstaff/contracts/common';
import { OverviewSchema, ReleaseResultSchema, StatusRefreshSchema } from '@plainstaff/contracts/overview';
import { currentUser } from '../../plugins/auth';
import { projectsCsv } from './overview.csv';
import { overviewService } from './overview.service';
import { invoiceStatusService } from './invoice-status.service';
import { releaseService } from './release.service';

const staff = { roles: ['admin', 'manager'] } as const;

export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const overview = overviewService(app.db);
  const status = invoiceStatusService(
    app.db,
    () => app.billomat.client(),
    () => app.billomat.connectedAccount(),
  );
  const release = releaseService(app);

  app.get('/api/overview', { schema: { response: { 200: OverviewSchema } } }, async (request) =>
    overview.get(currentUser(request)),
  );

  app.get('/api/overview/projects.csv', async (request, reply) => {
    const csv = projectsCsv(await overview.projects(currentUser(request)));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="uebersicht-projekte.csv"')
      .send(csv);
  });

  app.post(
    '/api/overview/refresh-status',
    { config: staff, schema: { response: { 200: StatusRefreshSchema } } },
    async (request) => {
      const result = await status.refresh();
      return { ...result, invoices: await overview.invoices(currentUser(request)) };
    },
  );

  app.post(
    '/api/overview/exports/:id/release',
    { config: staff, schema: { params: IdParamsSchema, response: { 200: ReleaseResultSchema } } },
    async (request) => release.release(currentUser(request), request.params.id),
  );
};
