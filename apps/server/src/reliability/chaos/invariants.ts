import type { Kysely } from 'kysely';
import type { Sandbox } from 'billomat-sandbox';
import type { Database } from '../../db/database';
import { checkExportInvariants, sandboxInvoices } from '../../testing/exports/invariants';

interface StoredLine {
  title: string;
  quantityCentiHours: number;
  unitPriceCents: number;
  bookingCount: number;
  billedMinutes: number;
}

const cents = (decimal: unknown) => Math.round(Number(decimal) * 100);

/**
 * PRODUCT §5 between our database and billomat: the exports module's checker (one invoice per
 * export, bookings billed/open/reserved consistently, nothing pending once settled) plus what it does
 * not compare — every billed booking sits on exactly one LIVE invoice, and every live invoice's lines
 * are exactly the lines of its export, covering exactly the bookings the export holds.
 */
/** Invoices of ours that carry no reference (tagging failed): not an exactly-once violation, but the
 * overview's status refresh, which finds invoices by reference, will not see them. */
export function untaggedInvoices(sandbox: Sandbox, account: string): number {
  return sandboxInvoices(sandbox, account).filter((i) => !i.customfield).length;
}

export async function checkAll(
  db: Kysely<Database>,
  sandbox: Sandbox,
  account: string,
  opts: { settled?: boolean } = {},
): Promise<string[]> {
  const exports = await db.selectFrom('exports').selectAll().execute();
  // An export knows its invoice by the id it recorded or, before that, by the reference in customfield.
  // When tagging failed (PUT customfield refused, noted on the export) the id is the link.
  const refOfId = new Map(
    exports
      .filter((e) => e.billomat_invoice_id !== null)
      .map((e) => [Number(e.billomat_invoice_id), e.reference]),
  );
  const identity = (id: number, customfield: string) => customfield || refOfId.get(id) || '';
  const states = sandboxInvoices(sandbox, account).map((i) => ({
    ...i,
    customfield: identity(i.id, i.customfield),
  }));
  const v = await checkExportInvariants(db, states, { settled: opts.settled ?? true });
  const views = sandbox.control.invoices(account);
  const byRef = new Map<string, (typeof views)[number][]>();
  for (const view of views) {
    const ref = identity(Number(view.invoice.id), String(view.invoice.customfield ?? ''));
    byRef.set(ref, [...(byRef.get(ref) ?? []), view]);
  }
  const billed = await db
    .selectFrom('bookings')
    .select(['id', 'export_id'])
    .where('billing_state', '=', 'billed')
    .execute();
  const holds = await db
    .selectFrom('export_bookings')
    .select(['export_id', 'booking_id', 'billed_minutes'])
    .where('active', '=', 1)
    .execute();
  const exportById = new Map(exports.map((e) => [e.id, e]));
  const heldBy = new Map<number, typeof holds>();
  for (const x of holds) heldBy.set(x.export_id, [...(heldBy.get(x.export_id) ?? []), x]);

  for (const b of billed) {
    const e = b.export_id === null ? undefined : exportById.get(b.export_id);
    const live = (e ? (byRef.get(e.reference) ?? []) : []).filter((x) => x.invoice.status !== 'CANCELED');
    if (live.length !== 1) v.push(`billed booking ${b.id} is on ${live.length} live invoices`);
  }

  for (const e of exports) {
    if (e.status !== 'created' || e.mark_as_billed !== 1) continue;
    const live = (byRef.get(e.reference) ?? []).filter((x) => x.invoice.status !== 'CANCELED');
    if (live.length !== 1) continue; // reported above or by the module's checker
    const tag = `export ${e.id}`;
    const lines = JSON.parse(e.lines) as StoredLine[];
    const items = live[0]!.items;
    const want = lines.map((l) => `${l.title}|${l.quantityCentiHours}|${l.unitPriceCents}`).sort();
    const got = items.map((i) => `${String(i.title)}|${cents(i.quantity)}|${cents(i.unit_price)}`).sort();
    if (JSON.stringify(want) !== JSON.stringify(got))
      v.push(`${tag}: invoice lines ${JSON.stringify(got)} differ from the export's ${JSON.stringify(want)}`);
    const lineBookings = lines.reduce((s, l) => s + l.bookingCount, 0);
    const held = heldBy.get(e.id) ?? [];
    if (lineBookings !== held.length)
      v.push(`${tag}: lines cover ${lineBookings} bookings, the export holds ${held.length}`);
    const lineMinutes = lines.reduce((s, l) => s + l.billedMinutes, 0);
    const heldMinutes = held.reduce((s, x) => s + x.billed_minutes, 0);
    if (lineMinutes !== heldMinutes)
      v.push(`${tag}: lines bill ${lineMinutes} min, bookings ${heldMinutes} min`);
  }
  return v;
}
