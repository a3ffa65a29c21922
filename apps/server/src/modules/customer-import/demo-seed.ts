import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { createBillomatClient } from '@plainstaff/billomat';
import type { Database } from '../../db/database';
import type { DemoSandbox } from '../../seed/demo-sandbox';
import { importRunsRepository } from './customer-import.repository';
import { customerImporter } from './customer-import.service';

type Log = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

// Demo start-up prints its own banner; only problems are worth a line.
const startupLog: Log = { info: () => undefined, warn: console.warn, error: console.error };

/**
 * Demo mode: the demo customers come from one import of the sandbox's demo account. Runs after the
 * core demo data, whose manual customers carry the names of sandbox clients and so get linked
 * (same customer row, now a billomat customer) instead of duplicated. Once: a completed import
 * means a later start adds nothing.
 */
export async function seedDemoCustomerImport(
  db: Kysely<Database>,
  sandbox: DemoSandbox | undefined,
  log: Log = startupLog,
): Promise<void> {
  if (!sandbox || (await importRunsRepository(db).hasCompleted())) return;
  const client = createBillomatClient({
    billomatId: sandbox.demoAccount.id,
    apiKey: sandbox.demoAccount.apiKey,
    baseUrl: sandbox.baseUrlTemplate,
    timeoutMs: 10_000,
  });
  const run = await customerImporter({
    db,
    client: async () => client,
    log: log as FastifyBaseLogger,
  }).runToEnd();
  if (run.status !== 'completed') log.warn({ error: run.error }, 'demo customer import failed');
}
