import { sql, type Kysely } from 'kysely';

// Exports keep the invoice they (re)send in `options.invoice`. Up to 009 that was the billomat client's
// input with decimal strings ("quantity": "12.5"); from 010 it is the neutral invoice document of
// packages/billing (integers: hundredths, cents, basis points) that packages/billomat maps to the wire.
// A pending or failed export of an older version must re-send exactly the same invoice, so its stored
// request is rewritten here once. Self-contained on purpose: migrations never import the modules.

type Json = Record<string, unknown>;

/** "12.5" → 1250, "95" → 9500, 19 → 1900: a decimal with at most two places as exact hundredths. */
export function toHundredths(value: unknown): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(value).trim());
  if (!m) throw new Error(`stored export: "${String(value)}" is not a decimal with two places`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** The stored invoice of an export written before 010, as the invoice document of 010. */
export function upgradeStoredInvoice(old: Json): Json {
  if (!Array.isArray(old.items) || old.items.length === 0 || !('quantity' in (old.items[0] as Json)))
    return old;
  const { currencyCode, supplyDate, netGross: _n, supplyDateType: _s, items, ...rest } = old;
  return {
    ...rest,
    currency: currencyCode,
    servicePeriod: supplyDate,
    items: (items as Json[]).map(({ quantity, unitPrice, taxRate, type: _t, ...item }) => ({
      ...item,
      quantityHundredths: toHundredths(quantity),
      unitPriceCents: toHundredths(unitPrice),
      ...(taxRate === undefined ? {} : { taxRateBp: toHundredths(taxRate) }),
    })),
  };
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const rows = await sql<{ id: number; options: string }>`select id, options from exports`.execute(db);
  for (const row of rows.rows) {
    const options = JSON.parse(row.options) as Json;
    const invoice = upgradeStoredInvoice(options.invoice as Json);
    if (invoice === options.invoice) continue;
    const next = JSON.stringify({ ...options, invoice });
    await sql`update exports set options = ${next} where id = ${row.id}`.execute(db);
  }
}

export async function down(): Promise<void> {
  // The old shape is not needed by anything that could run after a down migration of this one.
}
