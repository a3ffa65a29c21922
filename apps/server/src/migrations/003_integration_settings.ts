import { sql, type Kysely } from 'kysely';

// One row (id = 1) holds the billomat connection. The API key is stored only as AES-256-GCM
// ciphertext with its IV and tag; `api_key_last4` lets the UI show `••••1a2b` without decrypting.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('integration_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('billomat_id', 'text')
    .addColumn('api_key_ciphertext', 'text')
    .addColumn('api_key_iv', 'text')
    .addColumn('api_key_tag', 'text')
    .addColumn('api_key_last4', 'text')
    .addColumn('vat_rate_bp', 'integer', (c) => c.notNull().defaultTo(1900))
    .addColumn('print_project_description', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('complete_invoices', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('template_id', 'integer')
    .addColumn('account_name', 'text')
    .addColumn('connected_at', 'text')
    .addColumn('last_check_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('integration_settings').execute();
}
