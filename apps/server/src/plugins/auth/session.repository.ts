import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';

export function sessionRepository(db: Kysely<Database>) {
  return {
    async insert(row: { id: string; userId: number; createdAt: string; expiresAt: string }) {
      await db
        .insertInto('sessions')
        .values({ id: row.id, user_id: row.userId, created_at: row.createdAt, expires_at: row.expiresAt })
        .execute();
    },
    async findActiveUser(id: string, now: string) {
      return db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.expires_at',
          'users.id',
          'users.email',
          'users.name',
          'users.role',
          'users.language',
        ])
        .where('sessions.id', '=', id)
        .where('sessions.expires_at', '>', now)
        .where('users.active', '=', 1)
        .executeTakeFirst();
    },
    async extend(id: string, expiresAt: string) {
      await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
    },
    async delete(id: string) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteForUser(userId: number) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    async deleteExpired(now: string) {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },
  };
}
