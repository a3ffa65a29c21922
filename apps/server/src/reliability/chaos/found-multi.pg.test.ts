import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type AccountConfig, type Sandbox } from 'billomat-sandbox';
import { connectDb, type DbHandle } from '../../db/connect';
import { usersService } from '../../modules/users/users.service';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, optionsFor, seedProject } from '../../testing/exports/fixtures';
import { createTestDb, type TestDb } from '../../testing/test-db';
import { connectionOf } from '../testing/harness';
import { call, startServer, type ServerProcess } from './instances';
import { checkAll } from './invariants';

// Found by the multi-instance chaos suite (docs/reliability.md): a server process SIGKILLed while its
// undo's DELETE was in billomat's hands. billomat deleted the draft; the process never learnt it, and
// nothing had noted the undo, so the export stayed `created` with its bookings billed on an invoice
// that no longer existed (seed 42: 3 of 1,000 runs). Replayed here with a real process and SIGKILL.

const account: AccountConfig = {
  billomatId: DEMO_ID,
  apiKey: `found-key-${'0123456789abcdef'.repeat(2)}`,
  accountName: 'Fund GmbH',
  clientCount: 0,
  seed: 1,
};
let testDb: TestDb;
let sandbox: Sandbox;
let handle: DbHandle;
let server: ServerProcess | undefined;
let cookie = '';
beforeAll(async () => {
  testDb = await createTestDb();
  sandbox = await startSandbox({ port: 0, accounts: [account] });
  server = await startServer({
    name: 'undo',
    env: {
      DATABASE_URL: testDb.location,
      APP_SECRET: 'found-multi-secret-0123456789abcdef-xyz',
      BILLOMAT_BASE_URL: sandbox.baseUrlTemplate,
      BILLOMAT_TIMEOUT_MS: '300',
      LOG_LEVEL: 'warn',
    },
  });
  handle = await connectDb({ location: testDb.location });
  const password = 'Fund-Admin-Passwort-1';
  await usersService(handle.db).create({
    email: 'admin@found.test',
    name: 'Admin',
    role: 'admin',
    password,
    defaultRateCents: 9000,
  });
  const login = await call(server.url, 'POST', '/api/auth/login', {
    body: { email: 'admin@found.test', password },
  });
  cookie = login.setCookie!.split(';')[0]!;
  const connected = await call(server.url, 'PUT', '/api/integrations/billomat', {
    cookie,
    body: connectionOf(account),
  });
  expect(connected.status).toBe(200);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await sandbox?.close();
  await handle?.db.destroy();
  await testDb?.drop();
});

describe('found by the multi-instance chaos suite', () => {
  it('a process killed after billomat deleted its undo’s draft: the next start finishes the undo', async () => {
    const admin = await handle.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const f = await seedProject({ db: handle.db } as unknown as FastifyInstance, sandbox, {
      employeeId: admin.id,
      bookings: JUNE.slice(0, 2),
    });
    const options = optionsFor(f.bookingIds);
    const preview = await call(server!.url, 'POST', `/api/projects/${f.projectId}/export-preview`, {
      cookie,
      body: options,
    });
    const token = (preview.body as { previewToken: string }).previewToken;
    const created = await call(server!.url, 'POST', `/api/projects/${f.projectId}/exports`, {
      cookie,
      body: { ...options, previewToken: token },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const exportId = (created.body as { id: number }).id;

    // billomat deletes the draft, then holds the answer; the process dies while it waits for it.
    sandbox.faults.add({ kind: 'hang-after', method: 'DELETE', path: '/api/invoices/*', hangMs: 5_000 });
    const since = sandbox.requestLog.lastSeq;
    void call(server!.url, 'POST', `/api/exports/${exportId}/undo`, { cookie }).catch(() => null);
    const deadline = Date.now() + 10_000;
    while (!sandbox.requestLog.list({ method: 'DELETE', sinceSeq: since }).length) {
      if (Date.now() > deadline) throw new Error('the undo never sent its DELETE');
      await new Promise((r) => setTimeout(r, 2));
    }
    await server!.kill();
    expect(sandbox.control.invoices(DEMO_ID)).toEqual([]);

    // The next start's reconciler sweep (every instance runs one when it is ready) finishes the undo.
    await server!.start();
    const until = Date.now() + 15_000;
    let status = '';
    while (Date.now() < until) {
      const row = await handle.db
        .selectFrom('exports')
        .select('status')
        .where('id', '=', exportId)
        .executeTakeFirstOrThrow();
      status = row.status;
      if (status === 'undone') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('undone');
    expect(await checkAll(handle.db, sandbox, DEMO_ID)).toEqual([]);
  });
});
