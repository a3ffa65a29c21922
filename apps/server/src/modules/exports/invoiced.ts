import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database';

// What counts as invoiced money (docs/billing-rules.md, "Abgerechnet"): created exports whose invoice
// billomat does not report as cancelled, at the net billomat returned (migration 011) or, where it
// named no totals, the preview's net. The Übersicht and the project summary sum this, never bookings.

/** The exports that count as invoiced. */
export const invoicedExports = (db: Kysely<Database>) =>
  db
    .selectFrom('exports')
    .where('exports.status', '=', 'created')
    .where(sql<boolean>`coalesce(exports.invoice_status, '') <> 'CANCELED'`);

/** Σ invoiced net of the rows in the group, as bigint. */
export const invoicedNetSum = sql<string>`cast(coalesce(sum(coalesce(exports.billomat_net_cents, exports.total_net_cents)), 0) as bigint)`;
