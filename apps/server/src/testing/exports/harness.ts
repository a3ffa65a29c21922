import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { startSandbox, type RateLimitConfig, type Sandbox } from 'billomat-sandbox';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { ORIGIN, TEST_SECRET, cookieOf } from '../app';
import { freshBillomatWindow } from '../quota';
import { createSharedTestDb } from '../test-db';
import { usersService } from '../../modules/users/users.service';
import { DEMO_ID, DEMO_KEY } from '../integration';

export interface Actor {
  id: number;
  cookie: string;
}

export interface ExportHarness {
  app: FastifyInstance;
  sandbox: Sandbox;
  /** Every log line (warn and above) of every app built so far. */
  logs: string[];
  admin: Actor;
  user(role: 'admin' | 'manager' | 'employee'): Promise<Actor>;
  send(
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    who?: Actor,
  ): Promise<LightMyRequestResponse>;
  get(url: string, who?: Actor): Promise<LightMyRequestResponse>;
  /** Drops the app WITHOUT any further database write and builds a new one on the same database. */
  restart(): Promise<void>;
  /** A second server instance on the same database (closed by `close`). */
  anotherInstance(): Promise<FastifyInstance>;
  /** A fresh billomat window: the shared quota and the sandbox's rate limit start over. */
  freshQuota(): Promise<void>;
  close(): Promise<void>;
}

let seq = 0;
export const NOT_FOUND_GRACE_MS = 300;

/**
 * A real app on a database that survives the app (a temp SQLite file, or a PostgreSQL database in the
 * PostgreSQL run) plus a sandbox, connected as the demo account. Tests await `reconcilePending`, which
 * joins a start-up run still in progress.
 */
export async function exportHarness(
  opts: {
    echoCustomfield?: boolean;
    printProjectDescription?: boolean;
    completeInvoices?: boolean;
    /** The sandbox account's request limit (default: billomat's 300 per 15 minutes). */
    rateLimit?: RateLimitConfig;
    /** More of the app's environment, e.g. BILLOMAT_QUOTA. */
    env?: Record<string, string>;
  } = {},
): Promise<ExportHarness> {
  const sandbox = await startSandbox({
    port: 0,
    accounts: [
      {
        billomatId: DEMO_ID,
        apiKey: DEMO_KEY,
        accountName: 'Demo',
        clientCount: 2,
        seed: 1,
        echoCustomfieldOnCreate: opts.echoCustomfield ?? true,
        ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}),
      },
    ],
  });
  const testDb = await createSharedTestDb();
  const location = testDb.location;
  const config = loadConfig({
    DEMO: '0',
    LOG_LEVEL: 'warn',
    BILLOMAT_BASE_URL: sandbox.baseUrlTemplate,
    ...opts.env,
  });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const build = async () => {
    const app = await buildApp({
      config,
      appSecret: TEST_SECRET,
      dbLocation: location,
      logStream,
      // A dead instance's billing run is taken over within about a second.
      billingRuns: { leaseMs: 1000, takeoverCheckMs: 100 },
    });
    await app.ready();
    // Hanging faults end after 1.5 s instead of the production 30 s; no waiting for a rate-limit window.
    Object.assign(app.exports.runtime.tuning, { timeoutMs: 1500, maxRateLimitWaitMs: 0, maxRetries: 1 });
    // "Not found" after an unclear POST is believed after 300 ms here (production: the client timeout).
    app.exports.runtime.notFoundGraceMs = NOT_FOUND_GRACE_MS;
    return app;
  };
  const h = { app: await build(), sandbox, logs } as ExportHarness;
  const login = async (email: string, password: string) =>
    cookieOf(
      await h.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN },
        payload: { email, password },
      }),
    );
  h.user = async (role) => {
    const password = `pw-${role}-${++seq}-secret`;
    const u = await usersService(h.app.db).create({
      email: `${role}${seq}@exports.test`,
      name: `Test ${role} ${seq}`,
      role,
      password,
      defaultRateCents: 9000,
    });
    return { id: u.id, cookie: await login(u.email, password) };
  };
  h.send = (method, url, payload, who = h.admin) =>
    h.app.inject({
      method,
      url,
      headers: { origin: ORIGIN, cookie: who.cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  h.get = (url, who = h.admin) => h.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  h.restart = async () => {
    await h.app.close();
    // Sessions (and the login throttle) live in the database: the cookie outlives the process.
    h.app = await build();
  };
  let adminLogin = { email: '', password: '' };
  const relogin = () => login(adminLogin.email, adminLogin.password);
  const others: FastifyInstance[] = [];
  h.anotherInstance = async () => {
    const other = await build();
    others.push(other);
    return other;
  };
  h.freshQuota = () => freshBillomatWindow(h.app, sandbox);
  h.close = async () => {
    for (const other of others) await other.close();
    await h.app.close();
    await sandbox.close();
    await testDb.drop();
  };
  {
    const password = `pw-admin-${++seq}-secret`;
    const email = `admin${seq}@exports.test`;
    const u = await usersService(h.app.db).create({
      email,
      name: 'Anna Admin',
      role: 'admin',
      password,
      defaultRateCents: 9000,
    });
    adminLogin = { email, password };
    h.admin = { id: u.id, cookie: await relogin() };
  }
  const saved = await h.send('PUT', '/api/integrations/billomat', {
    billomatId: DEMO_ID,
    apiKey: DEMO_KEY,
    vatRate: '19',
    printProjectDescription: opts.printProjectDescription ?? true,
    completeInvoices: opts.completeInvoices ?? false,
    templateId: null,
  });
  if (saved.statusCode !== 200) throw new Error(`connect failed: ${saved.statusCode} ${saved.body}`);
  return h;
}
