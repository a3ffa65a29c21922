import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ExportOptions } from '@plainstaff/contracts/exports';
import type { Database } from '../../../db/database';
import { isUniqueViolation } from '../../../db/errors';
import { AppError } from '../../../errors';
import { claimsRepository } from '../claims.repository';
import { exportsRepository, type ExportRow } from '../exports.repository';
import type { ComputedPreview } from '../preview/compute';
import type { Fingerprint } from '../preview/groups.repository';
import { profilesRepository } from '../profiles.repository';

const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  a.count === b.count &&
  a.sumId === b.sumId &&
  a.sumVersion === b.sumVersion &&
  a.sumIdVersion === b.sumIdVersion;

const translateUnique = (err: unknown) =>
  isUniqueViolation(err) ? new AppError('BOOKINGS_ALREADY_CLAIMED') : err;

/**
 * PRODUCT §5 step 1 in ONE transaction: the export row with its unique reference, ONE conditional
 * UPDATE open → reserved of the selection's bookings, and the holds the partial unique index guards.
 * The claimed bookings must be exactly those previewed (same count, ids and versions): a booking
 * added, edited or taken by another export in between rolls everything back with a 409.
 */
export async function claimExport(
  db: Kysely<Database>,
  userId: number,
  projectId: number,
  options: ExportOptions,
  computed: ComputedPreview,
): Promise<ExportRow> {
  const stored = computed.stored!;
  const now = new Date().toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      const exp = await exportsRepository(trx).insert(
        {
          project_id: projectId,
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
          billomat_account: computed.billomatAccount,
        },
        crypto.randomBytes(6).toString('hex'),
      );
      const claims = claimsRepository(trx);
      await claims.claim(exp.id, projectId, options.selection);
      if (!sameFingerprint(await claims.fingerprint(exp.id), computed.fingerprint)) {
        // Throwing rolls the whole transaction back: nothing of this attempt remains.
        const why = await claims.claimConflict(exp.id, projectId, options.selection);
        throw new AppError(why === 'claimed' ? 'BOOKINGS_ALREADY_CLAIMED' : 'PREVIEW_OUTDATED');
      }
      await claims.recordHolds(exp.id, options.rounding);
      await profilesRepository(trx).save(projectId, stored.profile);
      return exp;
    });
  } catch (err) {
    throw translateUnique(err);
  }
}

/** A failed export claims its bookings again (unchanged since, still open) for a new attempt. */
export async function reclaimExport(db: Kysely<Database>, exp: ExportRow): Promise<ExportRow> {
  try {
    await db.transaction().execute(async (trx) => {
      const claims = claimsRepository(trx);
      const changed = await exportsRepository(trx).transition(exp.id, ['failed'], {
        status: 'pending',
        attempts: exp.attempts + 1,
        error: null,
      });
      if (changed === 0) throw new AppError('EXPORT_OUTCOME_UNKNOWN');
      const claim = await claims.reclaim(exp.id, exp.project_id);
      if (claim.changed !== claim.held) {
        const taken = await trx
          .selectFrom('export_bookings as xb')
          .innerJoin('bookings as b', 'b.id', 'xb.booking_id')
          .select('b.id')
          .where('xb.export_id', '=', exp.id)
          .where('b.export_id', 'is not', null)
          .where('b.export_id', '!=', exp.id)
          .limit(1)
          .executeTakeFirst();
        throw new AppError(taken ? 'BOOKINGS_ALREADY_CLAIMED' : 'PREVIEW_OUTDATED');
      }
      await claims.reactivateHolds(exp.id);
    });
  } catch (err) {
    throw translateUnique(err);
  }
  return (await exportsRepository(db).find(exp.id))!;
}
