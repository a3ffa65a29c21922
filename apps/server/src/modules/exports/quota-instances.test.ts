import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../testing/app';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, optionsFor, seedProject } from '../../testing/exports/fixtures';
import { exportHarness, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';

// Issue 20: billomat allows an account so many requests per window, however many server instances
// send them. Here the account allows 5 per minute (sandbox and BILLOMAT_QUOTA alike); two instances
// export eight invoices at once. billomat must never have to refuse a request for the quota.

const WINDOW_MS = 60_000;
let h: ExportHarness;
let b: FastifyInstance;
beforeAll(async () => {
  h = await exportHarness({
    rateLimit: { quota: 5, windowMs: WINDOW_MS },
    env: { BILLOMAT_QUOTA: '5', BILLOMAT_QUOTA_WINDOW: '60' },
  });
  b = await h.anotherInstance();
});
afterAll(async () => h?.close());

describe('billomat quota shared by two instances', () => {
  it('eight exports through two instances: never more than 5 requests a minute, none refused by billomat', async () => {
    const employee = await h.user('employee');
    const fixtures = [];
    for (let i = 0; i < 8; i++)
      fixtures.push(await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE }));
    // The burst takes a second or two; it starts well inside one of billomat's minutes, so that
    // "per window" is one window here (the chaos suite covers window changes under load).
    const intoMinute = Date.now() % WINDOW_MS;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, WINDOW_MS - intoMinute + 50));

    const send = (app: FastifyInstance, url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: { origin: ORIGIN, cookie: h.admin.cookie }, payload });
    const results = await Promise.all(
      fixtures.map(async (f, i) => {
        const app = i % 2 === 0 ? h.app : b;
        const options = optionsFor(f.bookingIds);
        const preview = await send(app, `/api/projects/${f.projectId}/export-preview`, options);
        expect(preview.statusCode, preview.body).toBe(200);
        const body = { ...options, previewToken: preview.json().previewToken as string };
        return send(app, `/api/projects/${f.projectId}/exports`, body);
      }),
    );

    const log = h.sandbox.requestLog.list({ account: DEMO_ID });
    // billomat refused nothing for the quota (an injected 429 would carry a fault; there is none here).
    expect(log.filter((e) => e.status === 429)).toEqual([]);
    const perWindow = new Map<number, number>();
    for (const e of log) {
      const w = Math.floor(Date.parse(e.time) / WINDOW_MS);
      perWindow.set(w, (perWindow.get(w) ?? 0) + 1);
    }
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(5);
    // The quota did bind: the window is used up, and the exports it had no room for were refused
    // before anything was sent (their bookings are open again).
    expect(perWindow.get(Math.floor(Date.now() / WINDOW_MS))).toBe(5);
    const created = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode === 429);
    expect(created.length).toBeGreaterThan(0);
    expect(created.length + refused.length, results.map((r) => r.statusCode).join(',')).toBe(8);
    for (const r of refused) expect(r.json().code).toBe('BILLOMAT_RATE_LIMITED');
    expect(h.sandbox.control.invoices(DEMO_ID)).toHaveLength(created.length);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  }, 120_000);
});
