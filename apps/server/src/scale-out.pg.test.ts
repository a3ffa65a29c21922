import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startServer, type ServerProcess } from './reliability/chaos/instances';
import { createTestDb, type TestDb } from './testing/test-db';

// docs/scale-out.md, proven: two server processes (the production entry point) with the documented
// environment on ONE PostgreSQL database, behind a reverse proxy that sends each request to the next
// instance in turn and sets the X-Forwarded-* headers as the documented nginx configuration does. A
// login through one instance is a session on the other; the login throttle counts across both.

const ADMIN = { email: 'admin@scale-out.test', password: 'Scale-Out-Passwort-1' };

interface Proxy {
  url: string;
  /** The instance each request went to, in order. */
  served: { path: string; upstream: string }[];
  close(): Promise<void>;
}

/** Round robin over the instances, like nginx's default `upstream`. */
async function roundRobinProxy(upstreams: () => string[]): Promise<Proxy> {
  const served: Proxy['served'] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const list = upstreams();
    const upstream = list[next++ % list.length]!;
    served.push({ path: req.url ?? '', upstream });
    const target = new URL(req.url ?? '/', upstream);
    const forwarded = req.headers['x-forwarded-for'];
    const out = http.request(
      target,
      {
        method: req.method,
        headers: {
          ...req.headers,
          // nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; X-Forwarded-Proto $scheme;
          'x-forwarded-for': [forwarded, req.socket.remoteAddress].filter(Boolean).join(', '),
          'x-forwarded-proto': 'http',
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let testDb: TestDb;
let instances: ServerProcess[] = [];
let proxy: Proxy;
beforeAll(async () => {
  testDb = await createTestDb();
  // The environment of each instance as docs/scale-out.md lists it (DEMO=0, one DATABASE_URL, one
  // APP_SECRET, TRUST_PROXY=1); both start at once on the empty database.
  const env = {
    DATABASE_URL: testDb.location,
    APP_SECRET: 'scale-out-test-secret-0123456789abcdef',
    TRUST_PROXY: '1',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
  };
  const started = await Promise.allSettled([
    startServer({ name: 'a', env }),
    startServer({ name: 'b', env }),
  ]);
  instances = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  // One that did not start fails the test; the one that did is stopped in afterAll.
  for (const s of started) if (s.status === 'rejected') throw s.reason;
  proxy = await roundRobinProxy(() => instances.map((i) => i.url));
}, 120_000);
afterAll(async () => {
  await proxy?.close();
  await Promise.all(instances.map((i) => i.stop()));
  await testDb?.drop();
});

const origin = () => ({ origin: proxy.url });

describe('two instances behind a reverse proxy (docs/scale-out.md)', () => {
  it('a login through one instance is a session on the other', async () => {
    const login = await call(proxy.url, 'POST', '/api/auth/login', { body: ADMIN, headers: origin() });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const cookie = login.setCookie!.split(';')[0]!;
    const me = await call(proxy.url, 'GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect((me.body as { user: { email: string } }).user.email).toBe(ADMIN.email);
    const [loggedIn, read] = proxy.served.slice(-2);
    expect(loggedIn!.path).toBe('/api/auth/login');
    expect(read!.upstream).not.toBe(loggedIn!.upstream);
    // A write through the other instance, with the Origin of the proxy's address (CSRF check).
    const customer = await call(proxy.url, 'POST', '/api/customers', {
      cookie,
      body: { name: 'Skaliert GmbH' },
      headers: origin(),
    });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    const list = await call(proxy.url, 'GET', '/api/customers?search=Skaliert', { cookie });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain('Skaliert GmbH');
    expect(new Set(proxy.served.map((s) => s.upstream)).size).toBe(2);
  });

  it('the login throttle counts the tries of one address across both instances', async () => {
    const wrong = { email: ADMIN.email, password: 'falsch-falsch-falsch' };
    // The client address as the proxy passes it on (TRUST_PROXY=1 reads X-Forwarded-For).
    const from = { ...origin(), 'x-forwarded-for': '203.0.113.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await call(proxy.url, 'POST', '/api/auth/login', { body: wrong, headers: from })).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // The right password from that address is refused too; another address still logs in.
    const right = await call(proxy.url, 'POST', '/api/auth/login', { body: ADMIN, headers: from });
    expect(right.status).toBe(429);
    const elsewhere = await call(proxy.url, 'POST', '/api/auth/login', {
      body: ADMIN,
      headers: { ...origin(), 'x-forwarded-for': '203.0.113.8' },
    });
    expect(elsewhere.status).toBe(200);
  });
});
