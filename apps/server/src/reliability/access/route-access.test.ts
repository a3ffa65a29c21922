import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '@plainstaff/contracts/errors';
import type { Role } from '@plainstaff/contracts/auth';
import { buildWorld, call, ok, type World } from '../../testing/core';
import { buildTestApp, ORIGIN, type TestApp } from '../../testing/app';
import { collectRoutes, type CollectedRoute } from '../../testing/route-collector';
import { allowed, MUTATING, ROLES, ROUTE_TABLE, type RouteEntry } from './route-table';

// One table (route-table.ts), every registered route: anonymous → 401 unless public, each role without
// access → 403, each role with access → neither; every mutating route refuses a foreign origin and the
// body types a cross-site HTML form can send.

let t: TestApp;
let w: World;
let registered: CollectedRoute[];
let bookingId: number;
const cookies = {} as Record<Role, string>;

beforeAll(async () => {
  const built = await collectRoutes(() => buildTestApp());
  t = built.result;
  registered = built.routes;
  w = await buildWorld(t);
  cookies.admin = w.admin.cookie;
  cookies.manager = w.manager.cookie;
  cookies.employee = w.employee.cookie;
  const booking = await ok(
    await call(t.app, w.employee, 'POST', '/api/bookings', {
      projectId: w.projectId,
      taskId: w.taskIds[0],
      date: '2026-03-02',
      minutes: 60,
    }),
    201,
  );
  bookingId = booking.id;
});
afterAll(async () => t.close());

const key = (method: string, path: string) => `${method} ${path}`;

/** A concrete URL: real ids where the caller may see the object, an unknown id for writes. */
function sample(route: RouteEntry): string {
  const read = route.method === 'GET';
  const ids: Record<string, number> = {
    '/api/projects/': w.projectId,
    '/api/customers/': w.customerId,
    '/api/bookings/': bookingId,
  };
  const prefix = Object.keys(ids).find((p) => route.path.startsWith(p));
  const id = read && prefix ? ids[prefix]! : 999_999;
  return route.path
    .replace(':id', String(id))
    .replace(':taskId', String(read ? w.taskIds[0] : 999_999))
    .replace('*', 'taxes');
}

function send(
  route: RouteEntry,
  headers: Record<string, string>,
  payload?: string,
): Promise<LightMyRequestResponse> {
  const mutating = MUTATING.has(route.method);
  return t.app.inject({
    method: route.method as 'GET',
    url: sample(route),
    headers: {
      ...(mutating ? { origin: ORIGIN, 'content-type': 'application/json' } : {}),
      ...headers,
    },
    ...(mutating ? { payload: payload ?? '{}' } : {}),
  });
}

function expectError(res: LightMyRequestResponse, status: number, code: string, label: string) {
  expect(res.statusCode, `${label}: ${res.body}`).toBe(status);
  expect(ApiErrorBodySchema.parse(res.json()), label).toMatchObject({ statusCode: status, code });
}

describe('the route table', () => {
  it('lists every registered route, and nothing that is not registered', () => {
    const table = new Set(ROUTE_TABLE.map((r) => key(r.method, r.path)));
    const seen = new Set<string>();
    const missing: string[] = [];
    for (const r of registered) {
      // Fastify's automatic HEAD twin of a GET route shares the GET route's config and checks.
      const k = key(r.method === 'HEAD' ? 'GET' : r.method, r.url);
      seen.add(k);
      if (!table.has(k)) missing.push(`${key(r.method, r.url)} (config ${JSON.stringify(r.config)})`);
    }
    expect(registered.length).toBeGreaterThan(50);
    expect(missing, 'registered routes without an entry in reliability/access/route-table.ts').toEqual([]);
    expect(
      [...table].filter((k) => !seen.has(k)),
      'table entries that are not registered',
    ).toEqual([]);
  });

  it('agrees with the config each route declares', () => {
    for (const r of registered) {
      if (r.method === 'HEAD') continue;
      const entry = ROUTE_TABLE.find((e) => e.method === r.method && e.path === r.url)!;
      const declared = r.config.public ? 'public' : (r.config.roles ?? 'signed-in');
      expect(declared, key(r.method, r.url)).toEqual(entry.access);
    }
  });

  it('refuses unknown /api paths without a session (default deny)', async () => {
    for (const url of ['/api/nope', '/api/exports', '/api/users/1/secret', '/api/../api/users']) {
      expectError(await t.app.inject({ method: 'GET', url }), 401, 'UNAUTHENTICATED', url);
    }
  });
});

describe.each(ROUTE_TABLE.map((r) => [key(r.method, r.path), r] as const))('%s', (_name, route) => {
  it('anonymous: 401 unless public', async () => {
    const res = await send(route, {});
    if (route.access === 'public') expect([401, 403], res.body).not.toContain(res.statusCode);
    else expectError(res, 401, 'UNAUTHENTICATED', 'anonymous');
  });

  // Public routes are only called anonymously: with a cookie, POST /api/auth/logout would end the session.
  if (route.access !== 'public') {
    it.each(ROLES)('as %s: 403 without access, otherwise neither 401 nor 403', async (role) => {
      const res = await send(route, { cookie: cookies[role] });
      if (allowed(route.access, role)) {
        expect(res.statusCode, `${role}: ${res.body}`).not.toBe(401);
        // A 403 for another reason would be fine; a role or session refusal is not.
        if (res.statusCode === 403) expect(res.json().code, role).not.toMatch(/^(FORBIDDEN|CSRF_REJECTED)$/);
      } else {
        expectError(res, 403, 'FORBIDDEN', role);
      }
    });
  }

  if (MUTATING.has(route.method)) {
    it('refuses a foreign origin and cross-site requests (CSRF)', async () => {
      const cookie = cookies.admin;
      expectError(
        await send(route, { cookie, origin: 'https://evil.example' }),
        403,
        'CSRF_REJECTED',
        'foreign origin',
      );
      expectError(
        await send(route, { cookie, origin: 'http://localhost:80.evil.example' }),
        403,
        'CSRF_REJECTED',
        'origin with our host as prefix',
      );
      expectError(await send(route, { cookie, origin: 'null' }), 403, 'CSRF_REJECTED', 'opaque origin');
      const noOrigin = await t.app.inject({
        method: route.method as 'POST',
        url: sample(route),
        headers: { cookie, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
        payload: '{}',
      });
      expectError(noOrigin, 403, 'CSRF_REJECTED', 'cross-site without origin');
    });

    it.each([
      ['application/x-www-form-urlencoded', 'a=1&b=2'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
      ],
      ['text/plain', '{"a":1}'],
    ])('refuses a form body (%s) with 415', async (type, body) => {
      const res = await send(route, { cookie: cookies.admin, 'content-type': type }, body);
      expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', type);
    });
  }
});
