import type { Generated } from 'kysely';

/**
 * The database schema as Kysely sees it. Each module adds its own tables by augmenting this
 * interface in its `<noun>.tables.ts` (declaration merging), so modules own their tables.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
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
