import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '@plainstaff/contracts/common';
import { CreateUserSchema, UpdateUserSchema, UserListSchema, UserSchema } from '@plainstaff/contracts/users';
import { currentUser } from '../../plugins/auth';
import { usersService } from './users.service';

const adminOnly = { roles: ['admin'] } as const;

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = usersService(app.db);

  app.get(
    '/api/users',
    { config: { roles: ['admin', 'manager'] }, schema: { response: { 200: UserListSchema } } },
    async () => ({
      items: await service.list(),
    }),
  );

  app.post(
    '/api/users',
    { config: adminOnly, schema: { body: CreateUserSchema, response: { 201: UserSchema } } },
    async (request, reply) => reply.status(201).send(await service.create(request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: adminOnly,
      schema: { params: IdParamsSchema, body: UpdateUserSchema, response: { 200: UserSchema } },
    },
    async (request) => {
      const { user, endSessions } = await service.update(
        currentUser(request).id,
        request.params.id,
        request.body,
      );
      if (endSessions) await app.sessions.endAllFor(user.id);
      return user;
    },
  );
};
