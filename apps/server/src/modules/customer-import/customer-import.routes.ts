import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '@plainstaff/contracts/common';
import {
  CustomerImportEventsQuerySchema,
  CustomerImportStartSchema,
  CustomerImportStatusSchema,
  CustomerRelinkResultSchema,
} from '@plainstaff/contracts/customer-import';
import { AppError } from '../../errors';
import { currentUser } from '../../plugins/auth';
import { streamImport } from './customer-import.events';
import { confirmRelinks } from './customer-import.relink';

// Like the customer list: admins and managers (the project dialog is theirs).
const staff = { roles: ['admin', 'manager'] } as const;

/** HTTP for `app.customerImport` (customer-import.plugin.ts); no state and no background work here. */
export const customerImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { importer, stored, streams } = app.customerImport;

  app.post(
    '/api/customers/import',
    { config: staff, schema: { response: { 202: CustomerImportStartSchema } } },
    async (request, reply) => reply.status(202).send(await importer.start(currentUser(request).id)),
  );

  // The import summary's "Verknüpfen": the user confirms relinking other accounts' customers by number.
  app.post(
    '/api/customers/import/runs/:id/relink',
    {
      config: staff,
      schema: {
        params: IdParamsSchema,
        response: { 200: CustomerRelinkResultSchema },
      },
    },
    async (request) => {
      const connected = (await app.billomat.store.row())?.billomat_id ?? null;
      const relinked = await confirmRelinks(app.db, request.params.id, connected);
      const run = await importer.find(request.params.id);
      return { relinked, run: run! };
    },
  );

  app.get(
    '/api/customers/import/status',
    { config: staff, schema: { response: { 200: CustomerImportStatusSchema } } },
    async () => {
      const settings = await app.billomat.store.row();
      return {
        connected: Boolean(settings?.billomat_id && settings.api_key_ciphertext),
        running: await importer.running(),
        lastRun: await importer.latest(),
      };
    },
  );

  // text/event-stream: no response schema; the event payloads are CustomerImportRun (contracts).
  app.get(
    '/api/customers/import/events',
    { config: staff, schema: { querystring: CustomerImportEventsQuerySchema } },
    async (request, reply) => {
      const { runId } = request.query;
      const current = importer.current();
      const mine = current && (runId === undefined || runId === current.run.id) ? current : null;
      const snapshot = mine ? null : runId ? await importer.find(runId) : await importer.latest();
      if (!mine && !snapshot) throw new AppError('NOT_FOUND', { context: 'customerImport' });
      const follow = mine ?? (snapshot?.status === 'running' ? stored.follow(snapshot) : null);
      streamImport(request, reply, follow, snapshot, streams);
    },
  );
};
