import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { usersRepository } from '../modules/users/users.repository';
import { usersService } from '../modules/users/users.service';

/** The demo login is printed on start; it is not a secret. */
export const DEMO_LOGIN = { email: 'admin@demo.plainstaff.de', password: 'demo-admin-2026' };

export const demoUsers = [
  {
    email: DEMO_LOGIN.email,
    name: 'Anna Admin',
    role: 'admin',
    password: DEMO_LOGIN.password,
    defaultRateCents: 9500,
  },
  {
    email: 'manager@demo.plainstaff.de',
    name: 'Markus Manager',
    role: 'manager',
    password: 'demo-manager-2026',
    defaultRateCents: 11000,
  },
  {
    email: 'erika@demo.plainstaff.de',
    name: 'Erika Müller',
    role: 'employee',
    password: 'demo-employee-2026',
    defaultRateCents: 8500,
  },
  {
    email: 'jonas@demo.plainstaff.de',
    name: 'Jonas Weiß',
    role: 'employee',
    password: 'demo-employee-2026',
    defaultRateCents: 8000,
  },
  {
    email: 'sophie@demo.plainstaff.de',
    name: 'Sophie Schäfer',
    role: 'employee',
    password: 'demo-employee-2026',
    defaultRateCents: 9000,
  },
] as const;

/** Idempotent: users that exist already (by e-mail) are left alone. */
export async function seedDemoUsers(db: Kysely<Database>): Promise<void> {
  const repo = usersRepository(db);
  const service = usersService(db);
  for (const u of demoUsers) {
    if (await repo.findByEmail(u.email)) continue;
    await service.create({ ...u });
  }
}
