import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../../db/database';

export type UserRow = Selectable<UsersTable>;

export function usersRepository(db: Kysely<Database>) {
  return {
    findByEmail: (email: string) =>
      db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(),
    findById: (id: number) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    list: () => db.selectFrom('users').selectAll().orderBy('name').execute(),
    count: async () =>
      (
        await db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    countActiveAdmins: async () =>
      (
        await db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('role', '=', 'admin')
          .where('active', '=', 1)
          .executeTakeFirstOrThrow()
      ).n,
    insert: async (row: Omit<UserRow, 'id'>) =>
      (await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (id: number, patch: Partial<Omit<UserRow, 'id'>>) =>
      db.updateTable('users').set(patch).where('id', '=', id).execute(),
  };
}
