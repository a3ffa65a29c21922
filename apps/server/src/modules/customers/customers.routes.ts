import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '@plainstaff/contracts/common';
import {
  CustomerInputSchema,
  CustomerListQuerySchema,
  CustomerListSchema,
  CustomerSchema,
  CustomerSearchQuerySchema,
  CustomerSearchResultSchema,
} from '@plainstaff/contracts/customers';
import { customersService } from './customers.service';

// Employees never see the customer list; admins and managers maintain manual customers.
const staff = { roles: ['admin', 'manager'] } as const;

export const customersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = customersService(app.db, async () => (await app.billomat.store.row())?.billomat_id ?? null);

  app.get(
    '/api/customers',
    {
      config: staff,
      schema: { querystring: CustomerListQuerySchema, response: { 200: CustomerListSchema } },
    },
    async (request) => service.list(request.query),
  );

  // The project dialog's "Kunde" field: at most CUSTOMER_SEARCH_LIMIT answers, from the search index.
  app.get(
    '/api/customers/search',
    {
      config: staff,
      schema: { querystring: CustomerSearchQuerySchema, response: { 200: CustomerSearchResultSchema } },
    },
    async (request) => service.search(request.query),
  );

  app.get(
    '/api/customers/:id',
    { config: staff, schema: { params: IdParamsSchema, response: { 200: CustomerSchema } } },
    async (request) => service.get(request.params.id),
  );

  app.post(
    '/api/customers',
    { config: staff, schema: { body: CustomerInputSchema, response: { 201: CustomerSchema } } },
    async (request, reply) => reply.status(201).send(await service.create(request.body)),
  );

  app.patch(
    '/api/customers/:id',
    {
      config: staff,
      schema: { params: IdParamsSchema, body: CustomerInputSchema, response: { 200: CustomerSchema } },
    },
    async (request) => service.update(request.params.id, request.body),
  );

  app.delete(
    '/api/customers/:id',
    { config: staff, schema: { params: IdParamsSchema, response: { 200: OkSchema } } },
    async (request) => {
      await service.remove(request.params.id);
      return { ok: true as const };
    },
  );
};
