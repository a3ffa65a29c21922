import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLines,
  invoiceTotals as previewTotals,
  type BillableBooking,
  type InvoiceLine,
  type LineOptions,
} from '@plainstaff/billing';
import { createBillomatClient, decimalToCents, type CreateInvoiceInput } from '@plainstaff/billomat';
import { invoiceBody } from '@plainstaff/billomat/resources/invoice-input';
import { startSandbox, type Sandbox } from 'billomat-sandbox';
import { invoiceTotals as sandboxTotals } from 'billomat-sandbox/invoices/invoice-totals';

// PRODUCT §4: the preview shows exactly what billomat will compute. The preview's lines and totals
// (packages/billing) against the billomat sandbox's own computation of the same invoice, sent through
// the one wire mapping (packages/billomat): 10,000 random invoices in-process, and a sample over HTTP.

const RATES = [0, 1, 8000, 9500, 9550, 9999, 12345, 15075, 250000];
const VAT = [0, 700, 750, 1600, 1900];

interface RandomInvoice {
  parts: { vatBp: number; bookings: BillableBooking[] }[];
  options: LineOptions;
}

let nextId = 1;
const booking = fc.record({
  minutes: fc.oneof(fc.integer({ min: 1, max: 59 }), fc.integer({ min: 1, max: 2000 })),
  rateCents: fc.constantFrom(...RATES),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.constantFrom('2026-05', '2026-06'),
  employee: fc.integer({ min: 1, max: 3 }),
  task: fc.integer({ min: 0, max: 3 }),
});
const invoiceArb: fc.Arbitrary<RandomInvoice> = fc
  .record({
    parts: fc.array(
      fc.record({
        vatBp: fc.constantFrom(...VAT),
        bookings: fc.array(booking, { minLength: 1, maxLength: 70 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    options: fc.record({
      groupByMonth: fc.boolean(),
      groupByTask: fc.boolean(),
      groupByEmployee: fc.boolean(),
      rounding: fc.constantFrom(0, 0, 6, 15, 30),
      projectName: fc.constant('Relaunch'),
      projectNumber: fc.constant('P-1'),
      locale: fc.constant('de'),
    }) as fc.Arbitrary<LineOptions>,
  })
  .map(({ parts, options }) => ({
    options,
    parts: parts.map((p) => ({
      vatBp: p.vatBp,
      bookings: p.bookings.map((b) => ({
        id: nextId++,
        date: `${b.month}-${String(b.day).padStart(2, '0')}`,
        minutes: b.minutes,
        rateCents: b.rateCents,
        employeeId: b.employee,
        employeeName: `Person ${b.employee}`,
        taskId: b.task === 0 ? null : b.task,
        taskName: b.task === 0 ? null : `Task ${b.task}`,
        comment: '',
      })),
    })),
  }));

/** The preview's lines: each part is billed at its own VAT rate (up to 200 lines in all). */
function linesOf(inv: RandomInvoice): InvoiceLine[] {
  return inv.parts.flatMap((p) => buildLines(p.bookings, inv.options, p.vatBp).lines).slice(0, 200);
}

function requestOf(lines: InvoiceLine[]): CreateInvoiceInput {
  return {
    clientId: 1,
    currency: 'EUR',
    items: lines.map((l) => ({
      title: l.title,
      unit: l.unit,
      quantityHundredths: l.quantityCentiHours,
      unitPriceCents: l.unitPriceCents,
      taxName: 'MwSt',
      taxRateBp: l.taxRateBasisPoints,
    })),
  };
}

const cents = (s: string | undefined) => decimalToCents(s ?? '');

describe('preview = billomat (sandbox), to the cent', () => {
  it('10,000 random invoices: line totals, VAT per rate, net and gross', () => {
    let checked = 0;
    fc.assert(
      fc.property(invoiceArb, (inv) => {
        const lines = linesOf(inv);
        const preview = previewTotals(lines);
        const { 'invoice-items': nested, ...header } = invoiceBody(requestOf(lines)).invoice;
        const billomat = sandboxTotals(header, nested['invoice-item']);
        expect(cents(billomat.fields.total_net)).toBe(preview.totalNetCents);
        expect(cents(billomat.fields.total_gross)).toBe(preview.totalGrossCents);
        const taxes = billomat.taxes
          .map((t) => ({ rate: cents(t.rate)!, net: cents(t.amount_net)!, vat: cents(t.amount)! }))
          .sort((a, b) => a.rate - b.rate);
        expect(taxes).toEqual(
          preview.taxes.map((t) => ({ rate: t.rateBp, net: t.netCents, vat: t.vatCents })),
        );
        checked++;
      }),
      { numRuns: 10_000, seed: 20261206 },
    );
    expect(checked).toBe(10_000);
  });

  describe('over HTTP, as the export sends it', () => {
    let sandbox: Sandbox;
    const account = { billomatId: 'money', apiKey: 'money-0123456789abcdef0123456789ab' };
    beforeAll(async () => {
      sandbox = await startSandbox({
        port: 0,
        accounts: [{ ...account, accountName: 'Money', clientCount: 1, seed: 1 }],
      });
    });
    afterAll(async () => sandbox?.close());

    it('40 random invoices created in the sandbox carry the preview totals', async () => {
      const client = createBillomatClient({ ...account, baseUrl: sandbox.baseUrlTemplate });
      const [first] = await client.clients.list({}, 1, 1).then((p) => p.items);
      const samples = fc.sample(invoiceArb, { numRuns: 40, seed: 4711 });
      for (const inv of samples) {
        const lines = linesOf(inv);
        const preview = previewTotals(lines);
        const created = await client.invoices.create({ ...requestOf(lines), clientId: first!.id });
        expect([created.totalNetCents, created.totalGrossCents]).toEqual([
          preview.totalNetCents,
          preview.totalGrossCents,
        ]);
      }
    });
  });
});
