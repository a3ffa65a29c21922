import type { Kysely } from 'kysely';
import type { CreateUser, UpdateUser, User } from '@plainstaff/contracts/users';
import type { Database } from '../../db/database';
import { AppError, ruleError } from '../../errors';
import { hashPassword } from '../../lib/password';
import { usersRepository, type UserRow } from './users.repository';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    defaultRateCents: row.default_rate_cents,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export function usersService(db: Kysely<Database>) {
  const repo = usersRepository(db);
  return {
    async list(): Promise<User[]> {
      return (await repo.list()).map(toUser);
    },
    async create(input: CreateUser): Promise<User> {
      if (await repo.findByEmail(input.email)) throw ruleError('EMAIL_TAKEN', 'email');
      const now = new Date().toISOString();
      const id = await repo.insert({
        email: input.email,
        name: input.name,
        role: input.role,
        password_hash: await hashPassword(input.password),
        default_rate_cents: input.defaultRateCents,
        active: 1,
        language: 'de',
        created_at: now,
        updated_at: now,
      });
      return toUser((await repo.findById(id))!);
    },
    async update(
      actorId: number,
      id: number,
      input: UpdateUser,
    ): Promise<{ user: User; endSessions: boolean }> {
      const existing = await repo.findById(id);
      if (!existing) throw new AppError('NOT_FOUND');
      if (input.email && input.email !== existing.email && (await repo.findByEmail(input.email))) {
        throw ruleError('EMAIL_TAKEN', 'email');
      }
      const deactivating = input.active === false && existing.active === 1;
      const demoting = input.role !== undefined && input.role !== 'admin' && existing.role === 'admin';
      if (deactivating && actorId === id) throw new AppError('CANNOT_DEACTIVATE_SELF');
      if ((deactivating || demoting) && existing.role === 'admin' && (await repo.countActiveAdmins()) <= 1) {
        throw new AppError('LAST_ADMIN');
      }
      await repo.update(id, {
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.defaultRateCents !== undefined ? { default_rate_cents: input.defaultRateCents } : {}),
        ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
        ...(input.password !== undefined ? { password_hash: await hashPassword(input.password) } : {}),
        updated_at: new Date().toISOString(),
      });
      return {
        user: toUser((await repo.findById(id))!),
        endSessions: deactivating || input.password !== undefined,
      };
    },
  };
}
