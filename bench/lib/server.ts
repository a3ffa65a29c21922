import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';

// The real server (buildApp) on a SQLite file or a PostgreSQL database, driven through app.inject() or
// a real port. Server modules are imported lazily so a module that has not landed fails only the
// benchmark that needs it.

export const BENCH_SECRET = 'bench-app-secret-bench-app-secret-0001';
export const ORIGIN = 'http://localhost:80';

export interface BenchServer {
  app: FastifyInstance;
  cookie: string;
  /** A request as the demo admin; mutating ones carry origin + cookie for the CSRF check. */
  call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<{ status: number; json: unknown; body: string }>;
  close(): Promise<void>;
}

export async function openDb(location: string): Promise<Kysely<Database>> {
  const { connectDb } = await import('@plainstaff/server/src/db/connect');
  const { migrateToLatest } = await import('@plainstaff/server/src/db/migrate');
  const { db } = await connectDb({ location });
  await migrateToLatest(db as Kysely<unknown>);
  return db;
}

export async function openServer(opts: {
  /** A SQLite file or a postgres:// URL. */
  location: string;
  billomatBaseUrl?: string;
  spaRoot?: string;
  listen?: boolean;
  /** Extra routes registered before the app is ready (the before-18 baseline, baselines/before-18). */
  routes?: FastifyPluginAsync;
}): Promise<BenchServer> {
  const { buildApp } = await import('@plainstaff/server/src/app');
  const { loadConfig } = await import('@plainstaff/server/src/config');
  const { DEMO_LOGIN, seedDemoUsers } = await import('@plainstaff/server/src/seed/demo-users');
  const config = loadConfig({
    DEMO: '0',
    LOG_LEVEL: 'silent',
    ...(opts.billomatBaseUrl ? { BILLOMAT_BASE_URL: opts.billomatBaseUrl } : {}),
  });
  const app = await buildApp({
    config,
    appSecret: BENCH_SECRET,
    dbLocation: opts.location,
    spaRoot: opts.spaRoot,
  });
  if (opts.routes) await app.register(opts.routes);
  await app.ready();
  await seedDemoUsers(app.db); // idempotent: the demo admin logs in below
  if (opts.listen) await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: ORIGIN },
    payload: DEMO_LOGIN,
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const set = login.headers['set-cookie'];
  const cookie = (Array.isArray(set) ? set[0]! : set!).split(';')[0]!;
  return {
    app,
    cookie,
    async call(method, url, payload) {
      const res = await app.inject({
        method,
        url,
        headers: method === 'GET' ? { cookie } : { cookie, origin: ORIGIN },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      // Parsed only when read: the timed runs must not include the bench's own JSON.parse of 20 MB.
      return {
        status: res.statusCode,
        body: res.body,
        get json(): unknown {
          try {
            return JSON.parse(res.body);
          } catch {
            return null;
          }
        },
      };
    },
    close: () => app.close(),
  };
}

export const ok = <T>(res: { status: number; json: unknown; body: string }, what: string): T => {
  if (res.status < 200 || res.status >= 300)
    throw new Error(`${what}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
  return res.json as T;
};

/**
 * The status only, for timed loops: `ok` parses the answer (a 24 MB list took the bench's own
 * JSON.parse into every timed run before issue 18's rework of this harness).
 */
export const okStatus = (res: { status: number; body: string }, what: string): void => {
  if (res.status < 200 || res.status >= 300)
    throw new Error(`${what}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
};
