import type { Generated } from 'kysely';

/**
 * The database schema as Kysely sees it. Each module adds its own tables by augmenting this
 * interface in its `<noun>.tables.ts` (declaration merging), so modules own their tables.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  integration_settings: IntegrationSettingsTable;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: 'admin' | 'manager' | 'employee';
  password_hash: string;
  default_rate_cents: number | null;
  active: number;
  language: 'de' | 'en';
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked database does not yield live sessions. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

/** Singleton (id = 1): the billomat connection. The API key only as AES-256-GCM ciphertext. */
export interface IntegrationSettingsTable {
  id: number;
  billomat_id: string | null;
  api_key_ciphertext: string | null;
  api_key_iv: string | null;
  api_key_tag: string | null;
  api_key_last4: string | null;
  vat_rate_bp: Generated<number>;
  print_project_description: Generated<number>;
  complete_invoices: Generated<number>;
  template_id: number | null;
  account_name: string | null;
  connected_at: string | null;
  last_check_at: string | null;
  last_error: string | null;
  updated_at: string;
}
