import { expect } from 'vitest';
import type { BillingRunDetail } from '@plainstaff/contracts/billing-runs';
import { DEMO_ID } from '../../../testing/integration';
import { seedProject, selectionOf, type BookingSpec, type Fixture } from '../../../testing/exports/fixtures';
import type { Actor, ExportHarness } from '../../../testing/exports/harness';

export const CUTOFF = '2026-06-30';
export const INVOICE_DATE = '2026-07-01';

/** Project k: June hours that differ per project, one July booking after the cut-off (stays open). */
export function bookingsFor(k: number): BookingSpec[] {
  return [
    { date: '2026-06-02', minutes: 60 + 15 * (k % 7), task: 0, comment: `Workshop ${k}` },
    { date: '2026-06-11', minutes: 37 + k, task: 1, rateCents: 12000 },
    {
      date: '2026-06-29',
      minutes: 20 + (k % 5) * 10,
      task: k % 3 === 0 ? null : 1,
      rateCents: 9500 + k * 100,
    },
    { date: '2026-07-02', minutes: 120, task: 0 },
  ];
}

/** Profiles that differ: grouping, templates, rounding and completion. */
export function profileFor(k: number) {
  return {
    groupByMonth: k % 2 === 0,
    groupByTask: k % 3 !== 0,
    groupByEmployee: k % 4 === 0,
    titleTemplate: k % 5 === 0 ? '{projekt}: {task}' : '',
    descriptionTemplate: k % 6 === 0 ? 'Leistungen {monat}' : '',
    rounding: ([0, 6, 15, 30] as const)[k % 4],
    completeInBillomat: k % 7 === 0 ? true : null,
  };
}

export async function seedProjects(h: ExportHarness, employee: Actor, n: number): Promise<Fixture[]> {
  const out: Fixture[] = [];
  for (let k = 1; k <= n; k++) {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: bookingsFor(k) });
    const res = await h.send('PUT', `/api/projects/${f.projectId}/export-profile`, profileFor(k));
    expect(res.statusCode, res.body).toBe(200);
    out.push(f);
  }
  return out;
}

/** What a single export of this project with its profile would create, by the exports module's preview. */
export async function singleExportPreview(h: ExportHarness, f: Fixture, bookingIds: number[]) {
  const profile = (await h.get(`/api/projects/${f.projectId}/export-profile`)).json();
  const res = await h.send('POST', `/api/projects/${f.projectId}/export-preview`, {
    ...profile,
    selection: selectionOf(bookingIds),
    invoiceDate: INVOICE_DATE,
    markAsBilled: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    lines: { title: string; description: string; quantityCentiHours: number; unitPriceCents: number }[];
    totalNetCents: number;
    totalGrossCents: number;
    label: string;
  };
}

export async function startRun(h: ExportHarness, projectIds: number[], extra: Record<string, unknown> = {}) {
  const res = await h.send('POST', '/api/billing-runs', {
    cutoffDate: CUTOFF,
    invoiceDate: INVOICE_DATE,
    projectIds,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as BillingRunDetail;
}

/** Polls the run like the SPA does until it has ended. */
export async function waitForRun(h: ExportHarness, id: number, timeoutMs = 60_000, seen?: Set<string>) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = (await h.get(`/api/billing-runs/${id}`)).json() as BillingRunDetail;
    seen?.add(run.status);
    if (!['running', 'waiting'].includes(run.status)) return run;
    if (Date.now() > until) throw new Error(`run ${id} still ${run.status}: ${JSON.stringify(run.counts)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const invoicesOf = (h: ExportHarness) => h.sandbox.control.invoices(DEMO_ID);
const cents = (s: unknown) => Math.round(Number(s) * 100);

/** The invoice in billomat equals the single export's preview: lines, quantities, prices, totals. */
export function expectInvoiceEquals(
  h: ExportHarness,
  invoiceId: number,
  preview: Awaited<ReturnType<typeof singleExportPreview>>,
) {
  const view = h.sandbox.control.invoice(DEMO_ID, invoiceId);
  expect(view.items.map((i) => [i.title, i.description, i.quantity, i.unit_price])).toEqual(
    preview.lines.map((l) => [
      l.title,
      l.description,
      String(l.quantityCentiHours / 100),
      String(l.unitPriceCents / 100),
    ]),
  );
  expect(cents(view.invoice.total_net)).toBe(preview.totalNetCents);
  expect(cents(view.invoice.total_gross)).toBe(preview.totalGrossCents);
  expect(view.invoice.label).toBe(preview.label);
}
