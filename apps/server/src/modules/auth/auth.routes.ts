import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  LoginConfigSchema,
  LoginRequestSchema,
  MeResponseSchema,
  PreferencesRequestSchema,
} from '@plainstaff/contracts/auth';
import { OkSchema } from '@plainstaff/contracts/common';
import { AppError } from '../../errors';
import { currentUser } from '../../plugins/auth';
import { authService } from './auth.service';

export interface AuthRoutesOptions {
  demo: boolean;
  /** Shown on the login page in demo mode only. */
  demoLogin: { email: string; password: string } | null;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, opts) => {
  const service = authService(app.db);

  app.post(
    '/api/auth/login',
    {
      config: {
        public: true,
        // Ten tries a minute per address and account; the eleventh is refused before the password is
        // checked. Counted in the database (plugins/rate-limit.ts): the same for every instance.
        rateLimit: {
          max: 10,
          timeWindow: 60_000,
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
          hook: 'preHandler',
          errorResponseBuilder: (_req, ctx) =>
            new AppError('LOGIN_RATE_LIMITED', undefined, undefined, new Date(Date.now() + ctx.ttl)),
        },
      },
      schema: { body: LoginRequestSchema, response: { 200: MeResponseSchema } },
    },
    async (request, reply) => {
      const user = await service.verifyLogin(request.body.email, request.body.password);
      await app.sessions.start(reply, user.id);
      return { user, demo: opts.demo };
    },
  );

  app.get(
    '/api/auth/config',
    { config: { public: true }, schema: { response: { 200: LoginConfigSchema } } },
    async () => ({
      demo: opts.demo,
      demoLogin: opts.demoLogin,
    }),
  );

  app.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { response: { 200: OkSchema } } },
    async (request, reply) => {
      await app.sessions.end(request, reply);
      return { ok: true as const };
    },
  );

  app.get('/api/auth/me', { schema: { response: { 200: MeResponseSchema } } }, async (request) => ({
    user: currentUser(request),
    demo: opts.demo,
  }));

  app.put(
    '/api/auth/me/preferences',
    { schema: { body: PreferencesRequestSchema, response: { 200: OkSchema } } },
    async (request) => {
      await service.setLanguage(currentUser(request).id, request.body.language);
      return { ok: true as const };
    },
  );
};
