import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config';
import type { Database } from '../../db/database';
import { usersRepository } from './users.repository';
import { usersService } from './users.service';

/** On an empty database, ADMIN_EMAIL/ADMIN_PASSWORD create the first administrator. */
export async function bootstrapUsers(db: Kysely<Database>, config: AppConfig, log: FastifyBaseLogger) {
  if (!config.adminEmail || !config.adminPassword) return;
  if ((await usersRepository(db).count()) > 0) return;
  await usersService(db).create({
    email: config.adminEmail.toLowerCase(),
    name: 'Administrator',
    role: 'admin',
    password: config.adminPassword,
    defaultRateCents: null,
  });
  log.info({ email: config.adminEmail }, 'first administrator created');
}
