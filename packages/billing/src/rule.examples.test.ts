import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMoneyToCents } from '@plainstaff/contracts/money';
import { buildInvoicePreview } from './invoice';
import { billedMinutes, exactValueCents, roundingDifferenceCents, type BillingRounding } from './rule';
import { baseOptions, booking } from './testing/fixtures';

// Runs the worked examples of docs/billing-rules.md, read from the document itself.
const doc = fs.readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/billing-rules.md'),
  'utf8',
);
const start = doc.indexOf('## Worked examples');
const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
const rows = section
  .split('\n')
  .filter((l) => l.startsWith('|') && !/^\|\s*(Beispiel|-)/.test(l))
  .map((l) =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim()),
  );

const cents = (de: string) => {
  const c = parseMoneyToCents(de.replace('−', '-').replace(/^-/, ''));
  if (c === null) throw new Error(`not an amount: ${de}`);
  return de.startsWith('−') || de.startsWith('-') ? -c : c;
};
const basisPoints = (de: string) => Math.round(Number(de.replace(',', '.')) * 100);

describe('docs/billing-rules.md: the worked examples', () => {
  it('has examples to run', () => expect(rows.length).toBeGreaterThanOrEqual(6));

  it.each(rows.map((r) => [r[0]!, r] as const))('%s', (_name, r) => {
    const [, minutes, rates, increment, lines, quantity, net, vatRate, vat, gross, exact, diff] = r;
    const minuteList = minutes!.split('+').map(Number);
    const rateList = rates!.split('+').map(cents);
    const rounding = Number(increment) as BillingRounding;
    const bookings = minuteList.map((m, i) =>
      booking({ id: i + 1, minutes: m, rateCents: rateList[i] ?? rateList[0]!, date: '2026-06-0' + (i + 1) }),
    );
    const preview = buildInvoicePreview({
      bookings,
      options: { ...baseOptions, rounding, groupByMonth: lines === '1' },
      vatRateBasisPoints: basisPoints(vatRate!),
      currency: 'EUR',
    });
    const billed = bookings.map((b) => ({
      billedMinutes: billedMinutes(b.minutes, rounding),
      rateCents: b.rateCents!,
    }));
    expect(preview.lines.reduce((s, l) => s + l.quantityCentiHours, 0)).toBe(cents(quantity!));
    expect(preview.totalNetCents).toBe(cents(net!));
    expect(preview.totalVatCents).toBe(cents(vat!));
    expect(preview.totalGrossCents).toBe(cents(gross!));
    expect(exactValueCents(billed)).toBe(cents(exact!));
    expect(roundingDifferenceCents(preview.totalNetCents, billed)).toBe(cents(diff!));
  });
});
