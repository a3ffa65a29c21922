import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { optionsFor, seedProject } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';

// After every export the server compares billomat's totals with the preview's: a difference is stored
// on the export, logged, and shown. The sandbox's deliberately wrong 'per-invoice' rounding stands in
// for a billomat that rounds differently: three lines of 0,33 Std. × 95,50 € are 3 × 31,52 = 94,56 €
// in the preview, 94,545 → 94,55 € there.

let h: ExportHarness;
let employee: Actor;
beforeAll(async () => {
  h = await exportHarness();
  employee = await h.user('employee');
});
afterAll(async () => h.close());

const THREE_THIRDS = [1, 2, 3].map((d) => ({ date: `2026-06-0${d}`, minutes: 20, rateCents: 9550 }));

async function exportPerBooking(projectId: number, bookingIds: number[]) {
  const options = optionsFor(bookingIds, { groupByMonth: false, groupByTask: false });
  const preview = (await h.send('POST', `/api/projects/${projectId}/export-preview`, options)).json();
  const res = await h.send('POST', `/api/projects/${projectId}/exports`, {
    ...options,
    previewToken: preview.previewToken,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { preview, exp: res.json() };
}

describe("billomat's totals are verified after every export", () => {
  it('agree with the preview when billomat rounds per line (as it does)', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: THREE_THIRDS });
    const { preview, exp } = await exportPerBooking(f.projectId, f.bookingIds);
    expect(preview.totalNetCents).toBe(9456);
    expect(exp).toMatchObject({
      billomatTotals: { netCents: 9456, grossCents: preview.totalGrossCents },
      billomatTotalsDiffer: false,
    });
  });

  it('are stored and flagged when billomat computes another total, and the difference is logged', async () => {
    h.sandbox.control.patchAccount(DEMO_ID, { totalsRounding: 'per-invoice' });
    try {
      const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: THREE_THIRDS });
      const { preview, exp } = await exportPerBooking(f.projectId, f.bookingIds);
      expect(exp.status).toBe('created');
      expect(preview.totalNetCents).toBe(9456);
      expect(exp.totalNetCents).toBe(9456);
      expect(exp.billomatTotals.netCents).toBe(9455);
      expect(exp.billomatTotalsDiffer).toBe(true);
      const row = await h.app.db
        .selectFrom('exports')
        .select(['billomat_net_cents', 'billomat_gross_cents'])
        .where('id', '=', exp.id)
        .executeTakeFirstOrThrow();
      expect(Number(row.billomat_net_cents)).toBe(9455);
      // The project's list shows it too.
      const list = (await h.get(`/api/projects/${f.projectId}/exports`)).json();
      expect(list.items[0]).toMatchObject({ billomatTotalsDiffer: true });
      expect(h.logs.some((l) => l.includes('billomat computed other totals than the preview'))).toBe(true);
    } finally {
      h.sandbox.control.patchAccount(DEMO_ID, { totalsRounding: 'per-item' });
    }
  });
});
