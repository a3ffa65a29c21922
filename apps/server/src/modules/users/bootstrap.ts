import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config';
import type { Database } from '../../db/database';
import { usersRepository } from './users.repository';
import { usersService } from './users.service';

/** On an empty database, ADMIN_EMAIL/ADMIN_PASSWORD create the first administrator. */
export async function bootstrapUsers(db: Kysely<Database>, config: AppConfig, log: FastifyBaseLogger) {
  if (!config.adminEmail || !config.adminPassword) return;
  const users = usersRepository(db);
  if ((await users.count()) > 0) return;
  try {
    await usersService(db).create({
      email: config.adminEmail.toLowerCase(),
      name: 'Administrator',
      role: 'admin',
      password: config.adminPassword,
      defaultRateCents: null,
    });
  } catch (err) {
    // Several instances starting at once on an empty database: one of them creates the administrator
    // (the e-mail is unique), the others find it there and start normally.
    if ((await users.count()) > 0) return;
    throw err;
  }
  log.info({ email: config.adminEmail }, 'first administrator created');
}
