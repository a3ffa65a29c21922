import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import type { ExportRow } from '@plainstaff/server/src/modules/exports';
import { chunks } from './candidates';
import type { ClaimRow, computeOldPreview } from './preview';
import type { OldExportOptions } from './schemas';

// BASELINE, not product code: the claim BEFORE issue 18, from `git show 671f99b:` of
// apps/server/src/modules/exports/{claims.repository,protocol/claim}.ts. One transaction: the export
// row, then open → reserved for exactly the previewed (id, version) pairs, 5,000 tuples per UPDATE,
// then one hold per booking, 1,000 rows per INSERT. The export row and the profile are written with
// Kysely here because the exports module is imported through its public face only.

async function claimChunked(trx: Kysely<Database>, exportId: number, projectId: number, rows: ClaimRow[]) {
  let changed = 0;
  for (const part of chunks(rows)) {
    const result = await trx
      .updateTable('bookings')
      .set({ billing_state: 'reserved', export_id: exportId })
      .where('project_id', '=', projectId)
      .where('billing_state', '=', 'open')
      .where('billable', '=', 1)
      .where('export_id', 'is', null)
      .where((eb) =>
        eb(
          eb.refTuple('id', 'version'),
          'in',
          part.map((r) => eb.tuple(r.bookingId, r.version)),
        ),
      )
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  if (changed !== rows.length) throw new Error(`before-18 claim: ${changed} of ${rows.length} bookings`);
}

async function recordHolds(trx: Kysely<Database>, exportId: number, rows: ClaimRow[]) {
  for (const part of chunks(rows, 1000)) {
    await trx
      .insertInto('export_bookings')
      .values(
        part.map((r) => ({
          export_id: exportId,
          booking_id: r.bookingId,
          booking_version: r.version,
          billed_minutes: r.billedMinutes,
          rate_cents: r.rateCents,
          active: 1,
        })),
      )
      .execute();
  }
}

export async function claimOld(
  db: Kysely<Database>,
  userId: number,
  projectId: number,
  options: OldExportOptions,
  computed: ReturnType<typeof computeOldPreview>,
): Promise<ExportRow> {
  const stored = computed.stored!;
  const now = new Date().toISOString();
  const random = crypto.randomBytes(6).toString('hex');
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('exports')
      .values({
        project_id: projectId,
        reference: `ps-exp-new-${random}`,
        status: 'pending',
        created_by: userId,
        created_at: now,
        updated_at: now,
        invoice_date: options.invoiceDate,
        options: JSON.stringify(stored),
        lines: JSON.stringify(computed.preview.lines),
        currency: computed.preview.currency,
        total_net_cents: computed.preview.totalNetCents,
        total_gross_cents: computed.preview.totalGrossCents,
        billomat_invoice_id: null,
        invoice_number: null,
        invoice_status: null,
        mark_as_billed: options.markAsBilled ? 1 : 0,
        complete_in_billomat: stored.complete ? 1 : 0,
        error: null,
        undone_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const exp = await trx
      .updateTable('exports')
      .set({ reference: `ps-exp-${id}-${random}` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await claimChunked(trx, id, projectId, computed.claims);
    await recordHolds(trx, id, computed.claims);
    const profile = { profile: JSON.stringify(stored.profile), updated_at: now };
    await trx
      .insertInto('export_profiles')
      .values({ project_id: projectId, ...profile })
      .onConflict((oc) => oc.column('project_id').doUpdateSet(profile))
      .execute();
    return exp;
  });
}
