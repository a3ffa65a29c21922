import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { usersService } from '../modules/users/users.service';
import { createSharedTestDb, createTestDb } from './test-db';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0001';
export const ORIGIN = 'http://localhost:80';

export interface TestApp {
  app: FastifyInstance;
  logs: string[];
  /** Log in and return the cookie header for later requests. */
  login(email: string, password: string): Promise<string>;
  createUser(
    role: 'admin' | 'manager' | 'employee',
    email?: string,
  ): Promise<{ id: number; email: string; password: string; cookie: string }>;
  close(): Promise<void>;
}

let counter = 0;

/** A real app on in-memory SQLite with every migration applied; logs are captured line by line. */
export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const t = await buildOn(testDb.location, env);
  return {
    ...t,
    async close() {
      await t.close();
      await testDb.drop();
    },
  };
}

/**
 * `count` apps on ONE database (a temp SQLite file, or one PostgreSQL database in the PostgreSQL run),
 * as `count` server processes behind a proxy: whatever they share, they share through the database.
 */
export async function buildTestInstances(
  count: number,
  env: Record<string, string> = {},
): Promise<{ instances: TestApp[]; close(): Promise<void> }> {
  const testDb = await createSharedTestDb();
  const instances: TestApp[] = [];
  for (let i = 0; i < count; i++) instances.push(await buildOn(testDb.location, env));
  return {
    instances,
    async close() {
      for (const t of instances) await t.close();
      await testDb.drop();
    },
  };
}

async function buildOn(location: string, env: Record<string, string>): Promise<TestApp> {
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const config = loadConfig({ DEMO: '0', LOG_LEVEL: 'info', ...env });
  const app = await buildApp({ config, appSecret: TEST_SECRET, dbLocation: location, logStream });
  await app.ready();

  async function login(email: string, password: string): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ORIGIN },
      payload: { email, password },
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    return cookieOf(res);
  }

  return {
    app,
    logs,
    login,
    async createUser(role, email) {
      const password = `pw-${role}-${++counter}-secret`;
      const user = await usersService(app.db).create({
        email: email ?? `${role}${counter}@test.example`,
        name: `Test ${role} ${counter}`,
        role,
        password,
        defaultRateCents: 9000,
      });
      return { id: user.id, email: user.email, password, cookie: await login(user.email, password) };
    },
    close: () => app.close(),
  };
}

export function cookieOf(res: LightMyRequestResponse): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error('no cookie set');
  return first.split(';')[0]!;
}
