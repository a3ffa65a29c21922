import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { startSandbox, type AccountConfig, type Sandbox } from 'billomat-sandbox';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { DEMO_ID } from '../../testing/integration';
import { usersService } from '../../modules/users/users.service';
import type { ClientTuning } from '../../plugins/billomat';
import { ORIGIN, TEST_SECRET, cookieOf } from '../../testing/app';
import { createSharedTestDb } from '../../testing/test-db';

export interface Actor {
  id: number;
  email: string;
  password: string;
  cookie: string;
}

export interface ReliabilityHarness {
  app: FastifyInstance;
  sandbox: Sandbox;
  account: AccountConfig;
  /** Every log line of every app built so far (restarts included). */
  logs: string[];
  admin: Actor;
  user(role: 'admin' | 'manager' | 'employee'): Promise<Actor>;
  send(method: string, url: string, payload?: unknown, who?: Actor): Promise<LightMyRequestResponse>;
  get(url: string, who?: Actor): Promise<LightMyRequestResponse>;
  /** Closes the app and builds a new one on the same database. */
  restart(): Promise<void>;
  /**
   * The process dies NOW, whatever it is doing: from this moment its billomat calls fail and answers
   * that arrive are never read; then a new app starts on the same database.
   */
  kill(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  account?: Partial<AccountConfig>;
  logLevel?: string;
  /** Applied to every billomat client of the app: exports, import, overview, undo. */
  tuning?: ClientTuning;
  /** Save the billomat connection for the account (default true). */
  connect?: boolean;
}

let seq = 0;

/**
 * A real app on a database that survives it (temp SQLite file, or a fresh PostgreSQL database in the
 * PostgreSQL run), a sandbox account, every log line captured, and short billomat timeouts so that
 * hanging faults end in milliseconds rather than the production 30 s.
 */
export async function reliabilityHarness(opts: HarnessOptions = {}): Promise<ReliabilityHarness> {
  const account: AccountConfig = {
    // The exports module's fixtures add their billomat client to this account id.
    billomatId: DEMO_ID,
    apiKey: `acme-key-${'0123456789abcdef'.repeat(2)}`,
    accountName: 'Acme',
    clientCount: 3,
    seed: 3,
    ...opts.account,
  };
  const sandbox = await startSandbox({ port: 0, accounts: [account] });
  const testDb = await createSharedTestDb();
  const location = testDb.location;
  const config = loadConfig({
    DEMO: '0',
    LOG_LEVEL: opts.logLevel ?? 'warn',
    BILLOMAT_BASE_URL: sandbox.baseUrlTemplate,
  });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const tuning: ClientTuning = { timeoutMs: 400, maxRetries: 0, maxRateLimitWaitMs: 0, ...opts.tuning };
  let life = { dead: false };
  const build = async () => {
    const app = await buildApp({ config, appSecret: TEST_SECRET, dbLocation: location, logStream });
    await app.ready();
    Object.assign(app.exports.runtime.tuning, tuning);
    // Every billomat call of this app goes through `fetch` below; a killed app talks to nobody.
    const mine = (life = { dead: false });
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (mine.dead) throw new TypeError('fetch failed (process killed)');
      const res = await globalThis.fetch(input, init);
      if (mine.dead) throw new TypeError('fetch failed (process killed)');
      return res;
    };
    // The import and the overview take the plugin's default client: give it the same short fuse.
    const original = app.billomat.client.bind(app.billomat);
    app.billomat.client = (t) => original({ ...tuning, ...t, fetch } as ClientTuning);
    return app;
  };

  const h = { app: await build(), sandbox, account, logs } as ReliabilityHarness;
  const login = async (email: string, password: string) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email, password },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    return cookieOf(res);
  };
  h.user = async (role) => {
    const password = `pw-${role}-${++seq}-Geheim!`;
    const email = `${role}${seq}@reliability.test`;
    const u = await usersService(h.app.db).create({
      email,
      name: `Test ${role} ${seq}`,
      role,
      password,
      defaultRateCents: 9000,
    });
    return { id: u.id, email, password, cookie: await login(email, password) };
  };
  h.send = (method, url, payload, who = h.admin) =>
    h.app.inject({
      method: method as 'POST',
      url,
      headers: { origin: ORIGIN, cookie: who.cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  h.get = (url, who = h.admin) => h.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  h.restart = async () => {
    await h.app.close();
    // Sessions live in the database: the cookie outlives the process (and logging in again after
    // every restart would run into the login throttle, which the database keeps too).
    h.app = await build();
  };
  h.kill = async () => {
    life.dead = true;
    await h.restart();
  };
  h.close = async () => {
    await h.app.close();
    await sandbox.close();
    await testDb.drop();
  };
  h.admin = await h.user('admin');
  if (opts.connect !== false) {
    const saved = await h.send('PUT', '/api/integrations/billomat', connectionOf(account));
    if (saved.statusCode !== 200) throw new Error(`connect failed: ${saved.statusCode} ${saved.body}`);
  }
  return h;
}

/** The integrations form as the suites fill it in for a sandbox account. */
export function connectionOf(account: AccountConfig) {
  return {
    billomatId: account.billomatId,
    apiKey: account.apiKey,
    vatRate: '19',
    printProjectDescription: true,
    completeInvoices: false,
    templateId: null,
  };
}

/** Every row of every table of the app's database, for before/after comparisons. */
export async function snapshotAll(app: FastifyInstance): Promise<Record<string, unknown[]>> {
  const tables = (await app.db.introspection.getTables()).map((t) => t.name).sort();
  const out: Record<string, unknown[]> = {};
  for (const name of tables) {
    // Bookkeeping of requests sent and logins tried (migration 014) is no product data: every request
    // to billomat counts against the shared quota, whatever its answer.
    if (name.startsWith('kysely_') || name === 'billomat_quota' || name === 'rate_limit_hits') continue;
    // Every table by its introspected name, including ones added after this file was written.
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(app.db);
    out[name] = rows.rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
