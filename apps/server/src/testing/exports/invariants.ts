import type { Kysely } from 'kysely';
import type { Sandbox } from 'billomat-sandbox';
import type { Database } from '../../db/database';

/** An invoice as billomat (the sandbox) holds it; only what the invariants need. */
export interface BillomatInvoiceState {
  id: number;
  customfield: string;
  status: string;
  invoiceNumber: string;
}

export function sandboxInvoices(sandbox: Sandbox, account: string): BillomatInvoiceState[] {
  return sandbox.control.invoices(account).map(({ invoice }) => ({
    id: Number(invoice.id),
    customfield: String(invoice.customfield ?? ''),
    status: String(invoice.status ?? ''),
    invoiceNumber: String(invoice.invoice_number ?? ''),
  }));
}

export interface InvariantOptions {
  /** Pending exports are a violation (after the reconciler has run); default true. */
  settled?: boolean;
  /** Invoices without one of our references are tolerated (an account used by other tools too). */
  allowForeignInvoices?: boolean;
}

/**
 * Compares the database with billomat and lists every violation of PRODUCT §5 (empty = all good):
 * exactly one invoice per created export and none for a failed one; no reference on two invoices;
 * every booking either open (no export) or billed with its export's invoice number, never both, never
 * reserved once settled; no live invoice without billed bookings; no booking held by two exports.
 */
export async function checkExportInvariants(
  db: Kysely<Database>,
  invoices: BillomatInvoiceState[],
  opts: InvariantOptions = {},
): Promise<string[]> {
  const v: string[] = [];
  const exports = await db.selectFrom('exports').selectAll().execute();
  const bookings = await db
    .selectFrom('bookings')
    .select(['id', 'billing_state', 'export_id', 'invoice_number'])
    .execute();
  const holds = await db
    .selectFrom('export_bookings')
    .select(['export_id', 'booking_id', 'active'])
    .execute();
  const byRef = new Map<string, BillomatInvoiceState[]>();
  for (const inv of invoices) byRef.set(inv.customfield, [...(byRef.get(inv.customfield) ?? []), inv]);
  const refs = new Set(exports.map((e) => e.reference));
  for (const inv of invoices) {
    if (!refs.has(inv.customfield) && !opts.allowForeignInvoices)
      v.push(`invoice ${inv.id} carries no export reference ("${inv.customfield}")`);
  }
  for (const [ref, list] of byRef)
    if (ref && list.length > 1) v.push(`reference ${ref} is on ${list.length} invoices`);

  // By export, once: the multi-instance chaos suite checks a database of thousands of exports.
  const bookingsOf = groupBy(bookings, (b) => b.export_id);
  const activeOf = groupBy(
    holds.filter((h) => h.active === 1),
    (h) => h.export_id,
  );
  for (const e of exports) {
    const found = byRef.get(e.reference) ?? [];
    const live = found.filter((i) => i.status !== 'CANCELED');
    const mine = bookingsOf.get(e.id) ?? [];
    const active = activeOf.get(e.id) ?? [];
    const tag = `export ${e.id} (${e.status})`;
    if (e.status === 'pending') {
      if (opts.settled ?? true) v.push(`${tag} is still pending`);
      if (mine.some((b) => b.billing_state !== 'reserved'))
        v.push(`${tag} holds bookings that are not reserved`);
      continue;
    }
    if (e.status === 'created') {
      if (found.length !== 1) v.push(`${tag} has ${found.length} invoices in billomat`);
      else if (Number(e.billomat_invoice_id) !== found[0]!.id)
        v.push(`${tag} points at invoice ${e.billomat_invoice_id}, billomat has ${found[0]!.id}`);
      if (e.mark_as_billed === 1) {
        if (mine.length === 0 && live.length > 0) v.push(`${tag}: invoice without billed bookings`);
        if (mine.length !== active.length)
          v.push(`${tag}: ${mine.length} bookings billed, ${active.length} held`);
        for (const b of mine) {
          if (b.billing_state !== 'billed') v.push(`${tag}: booking ${b.id} is ${b.billing_state}`);
          if (b.invoice_number !== e.invoice_number)
            v.push(`${tag}: booking ${b.id} has invoice number ${b.invoice_number}`);
        }
      } else if (mine.length > 0 || active.length > 0)
        v.push(`${tag}: not marking as billed, yet holds bookings`);
      continue;
    }
    // failed or undone: nothing held, no live invoice
    if (mine.length > 0 || active.length > 0) v.push(`${tag} still holds bookings`);
    if (live.length > 0) v.push(`${tag} has a live invoice ${live.map((i) => i.id).join(',')} in billomat`);
    if (e.status === 'failed' && found.length > 0) v.push(`${tag} has an invoice in billomat`);
  }

  const statusOf = new Map(exports.map((e) => [e.id, e.status]));
  for (const b of bookings) {
    const s = b.export_id === null ? null : statusOf.get(b.export_id);
    if (b.billing_state === 'open' && (b.export_id !== null || b.invoice_number !== null))
      v.push(`booking ${b.id} is open but tied to export ${b.export_id}`);
    if (b.billing_state === 'billed' && s !== 'created' && b.export_id !== null)
      v.push(`booking ${b.id} is billed by export ${b.export_id} (${s})`);
    if (b.billing_state === 'reserved' && s !== 'pending')
      v.push(`booking ${b.id} is reserved by export ${b.export_id} (${s})`);
  }
  const live = new Map<number, number>();
  for (const h of holds) if (h.active === 1) live.set(h.booking_id, (live.get(h.booking_id) ?? 0) + 1);
  for (const [id, count] of live) if (count > 1) v.push(`booking ${id} is held by ${count} exports`);
  return v;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
