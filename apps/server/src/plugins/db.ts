import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { connectDb, type Dialect } from '../db/connect';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbDialect: Dialect;
  }
}

export interface DbPluginOptions {
  location: string;
}

export default fp<DbPluginOptions>(
  async (app, opts) => {
    const { db, dialect } = await connectDb({ location: opts.location });
    await migrateToLatest(db as Kysely<unknown>);
    app.decorate('db', db);
    app.decorate('dbDialect', dialect);
    app.addHook('onClose', async () => db.destroy());
  },
  { name: 'db' },
);
