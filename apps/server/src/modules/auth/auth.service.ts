import type { Kysely } from 'kysely';
import type { Language, SessionUser } from '@plainstaff/contracts/auth';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { dummyHash, verifyPassword } from '../../lib/password';
import { usersRepository } from '../users/users.repository';

export function authService(db: Kysely<Database>) {
  const users = usersRepository(db);
  return {
    async verifyLogin(email: string, password: string): Promise<SessionUser> {
      const row = await users.findByEmail(email);
      const ok = await verifyPassword(password, row?.password_hash ?? dummyHash);
      if (!row || !ok || row.active !== 1) throw new AppError('INVALID_CREDENTIALS');
      return { id: row.id, email: row.email, name: row.name, role: row.role, language: row.language };
    },
    async setLanguage(userId: number, language: Language): Promise<void> {
      await users.update(userId, { language, updated_at: new Date().toISOString() });
    },
  };
}
