import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../testing/app';
import { DEMO_ID } from '../../testing/integration';
import { optionsFor, seedProject, type BookingSpec } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';

// Two server instances on one database (PostgreSQL in the PostgreSQL run, one SQLite file otherwise),
// 20 exports over overlapping selections at once, half through each instance.

let h: ExportHarness;
let second: FastifyInstance;
let employee: Actor;
beforeAll(async () => {
  h = await exportHarness();
  second = await h.anotherInstance();
  employee = await h.user('employee');
});
afterAll(async () => h.close());

const days: BookingSpec[] = Array.from({ length: 12 }, (_, i) => ({
  date: `2026-06-${String(i + 1).padStart(2, '0')}`,
  minutes: 60 + i * 15,
  task: (i % 2) as 0 | 1,
}));

describe('two instances, one database', () => {
  it('20 concurrent overlapping exports: every booking in at most one invoice, invariants hold', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: days });
    const instances = [h.app, second];
    const selections = Array.from({ length: 20 }, (_, i) => f.bookingIds.slice(i % 9, (i % 9) + 4));
    const send = (app: FastifyInstance, url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: { origin: ORIGIN, cookie: h.admin.cookie }, payload });

    const prepared = await Promise.all(
      selections.map(async (ids, i) => {
        const options = optionsFor(ids);
        const app = instances[i % 2]!;
        const preview = await send(app, `/api/projects/${f.projectId}/export-preview`, options);
        expect(preview.statusCode, preview.body).toBe(200);
        return { app, body: { ...options, previewToken: preview.json().previewToken as string } };
      }),
    );
    const results = await Promise.all(
      prepared.map(({ app, body }) => send(app, `/api/projects/${f.projectId}/exports`, body)),
    );

    const codes = results.map((r) => r.statusCode);
    expect(
      codes.every((c) => c === 201 || c === 409),
      codes.join(','),
    ).toBe(true);
    const winners = results.filter((r) => r.statusCode === 201);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    for (const loser of results.filter((r) => r.statusCode === 409)) {
      expect(['BOOKINGS_ALREADY_CLAIMED', 'PREVIEW_OUTDATED']).toContain(loser.json().code);
    }

    const invoices = h.sandbox.control
      .invoices(DEMO_ID)
      .filter((v) => Number(v.invoice.client_id) === f.clientId);
    expect(invoices).toHaveLength(winners.length);
    // Every booking billed by at most one winning export, and billed bookings are exactly the winners'.
    const billedBy = new Map<number, number>();
    for (const w of winners) {
      const exp = w.json() as { id: number };
      const rows = await h.app.db
        .selectFrom('export_bookings')
        .select('booking_id')
        .where('export_id', '=', exp.id)
        .where('active', '=', 1)
        .execute();
      for (const { booking_id } of rows) {
        expect(billedBy.has(booking_id), `booking ${booking_id} in two exports`).toBe(false);
        billedBy.set(booking_id, exp.id);
      }
    }
    const billed = await h.app.db
      .selectFrom('bookings')
      .select(['id', 'export_id'])
      .where('project_id', '=', f.projectId)
      .where('billing_state', '=', 'billed')
      .execute();
    expect(new Map(billed.map((b) => [b.id, b.export_id]))).toEqual(billedBy);
    expect(await checkExportInvariants(h.app.db, sandboxInvoices(h.sandbox, DEMO_ID))).toEqual([]);
  });
});
