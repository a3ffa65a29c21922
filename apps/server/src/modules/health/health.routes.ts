import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema } from '@plainstaff/contracts/health';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { config: { public: true }, schema: { response: { 200: HealthSchema } } },
    async () => {
      await sql`select 1`.execute(app.db);
      return { status: 'ok' as const, db: 'ok' as const };
    },
  );
};
