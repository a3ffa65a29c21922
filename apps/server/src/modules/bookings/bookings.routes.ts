import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkSchema } from '@plainstaff/contracts/common';
import {
  BookableProjectListSchema,
  BookingInputSchema,
  BookingListQuerySchema,
  BookingListSchema,
  BookingSchema,
  BookingUpdateSchema,
  RateSuggestionQuerySchema,
  RateSuggestionSchema,
} from '@plainstaff/contracts/bookings';
import { currentUser } from '../../plugins/auth';
import { bookableService } from './bookable.service';
import { bookingsService } from './bookings.service';

// Every signed-in user books; who sees and changes which booking is decided in the service.
export const bookingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const bookings = bookingsService(app.db);
  const bookable = bookableService(app.db);

  app.get(
    '/api/bookings',
    { schema: { querystring: BookingListQuerySchema, response: { 200: BookingListSchema } } },
    async (request) => bookings.list(currentUser(request), request.query),
  );
  app.get(
    '/api/bookings/bookable-projects',
    { schema: { response: { 200: BookableProjectListSchema } } },
    async (request) => ({ items: await bookable.projects(currentUser(request)) }),
  );
  app.get(
    '/api/bookings/rate-suggestion',
    { schema: { querystring: RateSuggestionQuerySchema, response: { 200: RateSuggestionSchema } } },
    async (request) => bookable.rateSuggestion(currentUser(request), request.query),
  );
  app.get(
    '/api/bookings/:id',
    { schema: { params: IdParamsSchema, response: { 200: BookingSchema } } },
    async (request) => bookings.get(currentUser(request), request.params.id),
  );
  app.post(
    '/api/bookings',
    { schema: { body: BookingInputSchema, response: { 201: BookingSchema } } },
    async (request, reply) =>
      reply.status(201).send(await bookings.create(currentUser(request), request.body)),
  );
  app.patch(
    '/api/bookings/:id',
    { schema: { params: IdParamsSchema, body: BookingUpdateSchema, response: { 200: BookingSchema } } },
    async (request) => bookings.update(currentUser(request), request.params.id, request.body),
  );
  app.delete(
    '/api/bookings/:id',
    { schema: { params: IdParamsSchema, response: { 200: OkSchema } } },
    async (request) => {
      await bookings.remove(currentUser(request), request.params.id);
      return { ok: true as const };
    },
  );
};
