import { sql, type Kysely } from 'kysely';
import type { RateLimitInfo, RequestGate } from '@plainstaff/billomat';
import type { Database } from '../../db/database';
import '../../db/shared-state.tables';

/** billomat without a registered app: 300 requests per account and 15 minutes (API §2.1). */
export interface QuotaConfig {
  perWindow: number;
  windowMs: number;
}

export interface QuotaState {
  remaining: number;
  resetAt: Date;
}

/**
 * billomat's request quota of one account, shared by every server instance on the database: each
 * request takes one of the window's requests in ONE atomic statement (an upsert whose WHERE refuses
 * when none is left), so N instances together never send more than billomat allows. billomat's own
 * headers correct the count; a 429 makes everyone wait for its reset.
 */
export function quotaGate(
  db: Kysely<Database>,
  billomatId: string,
  cfg: QuotaConfig,
  now: () => number = Date.now,
): RequestGate {
  return {
    async acquire() {
      const t = now();
      const taken = await db
        .insertInto('billomat_quota')
        .values({
          billomat_id: billomatId,
          remaining: cfg.perWindow - 1,
          reset_at: t + cfg.windowMs,
          confirmed: 0,
        })
        .onConflict((oc) =>
          oc
            .column('billomat_id')
            .doUpdateSet({
              remaining: sql`case when billomat_quota.reset_at <= ${t} then ${cfg.perWindow - 1} else billomat_quota.remaining - 1 end`,
              confirmed: sql`case when billomat_quota.reset_at <= ${t} then 0 else billomat_quota.confirmed end`,
              reset_at: sql`case when billomat_quota.reset_at <= ${t} then ${t + cfg.windowMs} else billomat_quota.reset_at end`,
            })
            .where(sql<boolean>`billomat_quota.reset_at <= ${t} or billomat_quota.remaining > 0`),
        )
        .returning('remaining')
        .executeTakeFirst();
      if (taken) return { ok: true as const };
      const state = await quotaState(db, billomatId, t);
      return { ok: false as const, resetAt: state?.resetAt ?? new Date(t + cfg.windowMs) };
    },

    async observe(info: RateLimitInfo) {
      const reset = info.resetAt.getTime();
      // A late answer from a window that is over says nothing about the current one.
      if (reset <= now()) return;
      await db
        .updateTable('billomat_quota')
        .set({
          // billomat's window is the truth. Within the same (or our guessed) window the lower count
          // wins: billomat may not yet have counted what other instances sent in the meantime.
          remaining: sql`case when billomat_quota.confirmed = 1 and billomat_quota.reset_at <> ${reset} then ${info.remaining} when billomat_quota.remaining < ${info.remaining} then billomat_quota.remaining else ${info.remaining} end`,
          reset_at: reset,
          confirmed: 1,
        })
        .where('billomat_id', '=', billomatId)
        .execute();
    },

    async limited(resetAt: Date) {
      const reset = resetAt.getTime();
      await db
        .updateTable('billomat_quota')
        .set({
          remaining: 0,
          reset_at: sql`case when billomat_quota.confirmed = 1 and billomat_quota.reset_at > ${reset} then billomat_quota.reset_at else ${reset} end`,
          confirmed: 1,
        })
        .where('billomat_id', '=', billomatId)
        .execute();
    },
  };
}

/** What is left of the account's current window, as all instances see it (null: nothing sent yet). */
export async function quotaState(
  db: Kysely<Database>,
  billomatId: string,
  now = Date.now(),
): Promise<QuotaState | null> {
  const row = await db
    .selectFrom('billomat_quota')
    .select(['remaining', 'reset_at'])
    .where('billomat_id', '=', billomatId)
    .executeTakeFirst();
  if (!row || Number(row.reset_at) <= now) return null;
  return { remaining: Math.max(0, Number(row.remaining)), resetAt: new Date(Number(row.reset_at)) };
}
