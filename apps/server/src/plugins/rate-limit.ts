import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import '../db/shared-state.tables';

type Incr = (error: Error | null, result?: { current: number; ttl: number }) => void;

const SWEEP_EVERY_MS = 60_000;

/**
 * @fastify/rate-limit's store in the database (issue 20): every instance on the database counts the
 * same hits, so a login throttle of ten tries a minute holds however the proxy spreads the tries. One
 * atomic upsert per hit; the key is stored hashed (it holds the address and the e-mail tried).
 */
export function databaseStore(db: Kysely<Database>) {
  return class DatabaseStore {
    constructor(
      _options: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, done: Incr, timeWindow = 60_000, _max?: number): void {
      const hashed = createHash('sha256').update(`${this.prefix}\n${key}`).digest('hex');
      const t = Date.now();
      db.insertInto('rate_limit_hits')
        .values({ key: hashed, hits: 1, reset_at: t + timeWindow })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            hits: sql`case when rate_limit_hits.reset_at <= ${t} then 1 else rate_limit_hits.hits + 1 end`,
            reset_at: sql`case when rate_limit_hits.reset_at <= ${t} then ${t + timeWindow} else rate_limit_hits.reset_at end`,
          }),
        )
        .returning(['hits', 'reset_at'])
        .executeTakeFirstOrThrow()
        .then(
          (row) => done(null, { current: Number(row.hits), ttl: Math.max(0, Number(row.reset_at) - t) }),
          (err: Error) => done(err),
        );
    }

    /** Each route counts on its own: its method and URL go into the key. */
    child(routeOptions: RouteOptions & { path: string; prefix: string }) {
      // Typed as the route's options, but @fastify/rate-limit passes its merged parameters with the
      // route under `routeInfo` (index.js, mergeParams).
      const { routeInfo } = routeOptions as unknown as { routeInfo?: Partial<RouteOptions> };
      return new DatabaseStore(routeOptions, `${String(routeInfo?.method)} ${String(routeInfo?.url)}`);
    }
  };
}

/**
 * Registers @fastify/rate-limit for routes that opt in (`config.rateLimit`) with the database store,
 * and deletes counters whose window is over, once a minute.
 */
export default fp(
  async (app) => {
    await app.register(rateLimit, { global: false, store: databaseStore(app.db) });
    const sweep = () =>
      void app.db
        .deleteFrom('rate_limit_hits')
        .where('reset_at', '<=', Date.now())
        .execute()
        .catch((err: unknown) => app.log.error({ err }, 'clearing old rate-limit counters failed'));
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      timer = setInterval(sweep, SWEEP_EVERY_MS);
      timer.unref();
    });
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'rate-limit', dependencies: ['db'] },
);
