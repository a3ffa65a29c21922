import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrate';
import { migratedTestDb } from '../testing/test-db';

// The schema before 016 (015 is the last migration before it), so 016 runs over data written then.
const database = migratedTestDb('015_perf_indexes');

const now = '2026-01-01T00:00:00Z';
const customer = (name: string, clientId: number | null) => ({
  name,
  number: '',
  address: '',
  email: '',
  vat_id: '',
  source: clientId === null ? ('manual' as const) : ('billomat' as const),
  billomat_client_id: clientId,
  archived: 0,
  missing_in_billomat: 0,
  created_at: now,
  updated_at: now,
});

describe('migration 016: links belong to a billomat account', () => {
  it('gives existing links and exports the connected account, and makes the link unique per account', async () => {
    const db = database();
    await db
      .insertInto('integration_settings')
      .values({ id: 1, billomat_id: 'alt', vat_rate_bp: 1900, updated_at: now })
      .execute();
    const { id: linked } = await db
      .insertInto('customers')
      .values(customer('Brauerei Alt', 7))
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: manual } = await db
      .insertInto('customers')
      .values(customer('Handarbeit', null))
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('projects')
      .values({
        number: 'P-16',
        name: 'Sud',
        description: '',
        customer_id: linked,
        status: 'running',
        currency: 'EUR',
        vat_override_bp: null,
        start_date: null,
        budget_type: 'none',
        budget_minutes: null,
        budget_cents: null,
        hourly_rate_cents: null,
        no_tasks: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();

    await migrateToLatest(db as Kysely<unknown>);

    const rows = await db.selectFrom('customers').select(['id', 'billomat_account']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: linked, billomat_account: 'alt' },
      { id: manual, billomat_account: null },
    ]);
    // Client 7 of another account is another client; the same account's client 7 exists once.
    await db
      .insertInto('customers')
      .values({ ...customer('Brauerei Neu', 7), billomat_account: 'neu' })
      .execute();
    await expect(
      db
        .insertInto('customers')
        .values({ ...customer('Doppelt', 7), billomat_account: 'alt' })
        .execute(),
    ).rejects.toThrow();
    // The rebuilt table (SQLite) is still referenced by projects and keeps its indexes.
    await expect(db.deleteFrom('customers').where('id', '=', linked).execute()).rejects.toThrow();
    const project = await db
      .selectFrom('projects')
      .innerJoin('customers', 'customers.id', 'projects.customer_id')
      .select('customers.name')
      .where('projects.number', '=', 'P-16')
      .executeTakeFirstOrThrow();
    expect(project.name).toBe('Brauerei Alt');
  });
});
