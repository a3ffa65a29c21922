import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '@plainstaff/contracts/common';
import {
  ProjectInputSchema,
  ProjectListQuerySchema,
  ProjectListSchema,
  ProjectSchema,
  TaskBodySchema,
  TaskListSchema,
  TaskParamsSchema,
  TaskSchema,
} from '@plainstaff/contracts/projects';
import { currentUser } from '../../plugins/auth';
import { projectsService } from './projects.service';
import { tasksService } from './tasks.service';

const staff = { roles: ['admin', 'manager'] } as const;

export const projectsRoutes: FastifyPluginAsyncZod = async (app) => {
  const projects = projectsService(app.db);
  const tasks = tasksService(app.db);

  app.get(
    '/api/projects',
    { schema: { querystring: ProjectListQuerySchema, response: { 200: ProjectListSchema } } },
    async (request) => projects.list(currentUser(request), request.query),
  );
  app.get(
    '/api/projects/:id',
    { schema: { params: IdParamsSchema, response: { 200: ProjectSchema } } },
    async (request) => projects.get(currentUser(request), request.params.id),
  );
  app.post(
    '/api/projects',
    { config: staff, schema: { body: ProjectInputSchema, response: { 201: ProjectSchema } } },
    async (request, reply) =>
      reply.status(201).send(await projects.create(currentUser(request), request.body)),
  );
  app.patch(
    '/api/projects/:id',
    {
      config: staff,
      schema: { params: IdParamsSchema, body: ProjectInputSchema, response: { 200: ProjectSchema } },
    },
    async (request) => projects.update(currentUser(request), request.params.id, request.body),
  );

  app.get(
    '/api/projects/:id/tasks',
    { schema: { params: IdParamsSchema, response: { 200: TaskListSchema } } },
    async (request) => ({ items: await tasks.list(currentUser(request), request.params.id) }),
  );
  app.post(
    '/api/projects/:id/tasks',
    {
      config: staff,
      schema: { params: IdParamsSchema, body: TaskBodySchema, response: { 201: TaskSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await tasks.create(currentUser(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/projects/:id/tasks/:taskId',
    {
      config: staff,
      schema: { params: TaskParamsSchema, body: TaskBodySchema, response: { 200: TaskSchema } },
    },
    async (request) =>
      tasks.update(currentUser(request), request.params.id, request.params.taskId, request.body),
  );
};
