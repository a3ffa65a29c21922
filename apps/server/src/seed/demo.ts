import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { seedDemoCustomerImport } from '../modules/customer-import/demo-seed';
import type { DemoSandbox } from './demo-sandbox';
import { seedDemoCore } from './demo-core';
import { seedDemoUsers } from './demo-users';

export interface DemoContext {
  sandbox: DemoSandbox | undefined;
}

/**
 * Demo data, seeded once: every step is idempotent, so a second start reuses what is there.
 * Feature modules add their demo data here (customers, projects, bookings, …).
 */
export async function seedDemo(db: Kysely<Database>, ctx: DemoContext): Promise<void> {
  await seedDemoUsers(db);
  await seedDemoCore(db);
  // After the core data: its manual customers carry sandbox client names and get linked, not duplicated.
  await seedDemoCustomerImport(db, ctx.sandbox);
}
