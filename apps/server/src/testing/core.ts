import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { ORIGIN, type TestApp } from './app';

// Helpers for the tests of customers, projects and bookings (not a test file itself).

export type Actor = { id: number; cookie: string };

export async function call(
  app: FastifyInstance,
  actor: Actor,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { cookie: actor.cookie };
  if (method !== 'GET') headers.origin = ORIGIN;
  return app.inject({
    method,
    url,
    headers,
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses are read loosely
export async function ok<T = any>(res: LightMyRequestResponse, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const CORE_TABLES = [
  'customers',
  'projects',
  'tasks',
  'project_members',
  'bookings',
  'booking_changes',
] as const;

/** Every row of the core tables, to prove a refused request changed nothing. */
export async function snapshot(app: FastifyInstance): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of CORE_TABLES) {
    out[table] = await app.db.selectFrom(table).selectAll().execute();
  }
  return out;
}

/** Counts the SQL statements `fn` issues through app.db (test-only: wraps the shared executor). */
export async function countQueries(app: FastifyInstance, fn: () => Promise<unknown>): Promise<number> {
  const executor = app.db.getExecutor() as unknown as {
    executeQuery: (...args: unknown[]) => Promise<unknown>;
  };
  const original = executor.executeQuery;
  let n = 0;
  executor.executeQuery = function (this: unknown, ...args: unknown[]) {
    n++;
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    executor.executeQuery = original;
  }
  return n;
}

export interface World {
  admin: Actor;
  manager: Actor;
  employee: Actor;
  other: Actor;
  customerId: number;
  projectId: number;
  taskIds: number[];
}

/** An admin, a manager leading one running project with two tasks, and two employees (one assigned). */
export async function buildWorld(t: TestApp): Promise<World> {
  const [admin, manager, employee, other] = await Promise.all([
    t.createUser('admin'),
    t.createUser('manager'),
    t.createUser('employee'),
    t.createUser('employee'),
  ]);
  const customer = await ok(await call(t.app, admin, 'POST', '/api/customers', { name: 'Muster GmbH' }), 201);
  const project = await ok(
    await call(t.app, admin, 'POST', '/api/projects', {
      number: `P-${customer.id}`,
      name: 'Relaunch',
      customerId: customer.id,
      status: 'running',
      startDate: '2026-01-01',
      hourlyRateCents: 9000,
      tasks: [{ name: 'Konzeption', rateCents: '95' }, { name: 'Entwicklung' }],
      members: [
        { userId: manager.id, isManager: true },
        { userId: employee.id, rateCents: null },
      ],
    }),
    201,
  );
  return {
    admin,
    manager,
    employee,
    other,
    customerId: customer.id,
    projectId: project.id,
    taskIds: project.tasks.map((x: { id: number }) => x.id),
  };
}
