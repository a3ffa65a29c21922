import type { Generated } from 'kysely';

declare module '../../db/database' {
  interface Database {
    customer_import_runs: CustomerImportRunsTable;
    customer_import_lock: CustomerImportLockTable;
  }
}

export interface CustomerImportRunsTable {
  id: Generated<number>;
  status: 'running' | 'completed' | 'failed';
  started_by: number | null;
  started_at: string;
  finished_at: string | null;
  pages_done: Generated<number>;
  pages_total: number | null;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  linked: Generated<number>;
  missing: Generated<number>;
  archived: Generated<number>;
  error_code: string | null;
  error_message: string | null;
}

export interface CustomerImportLockTable {
  id: number;
  holder: string | null;
  run_id: number | null;
  expires_at: string | null;
}
