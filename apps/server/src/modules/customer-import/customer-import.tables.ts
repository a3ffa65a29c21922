import type { ColumnType, Generated } from 'kysely';

declare module '../../db/database' {
  interface Database {
    customer_import_runs: CustomerImportRunsTable;
    customer_import_lock: CustomerImportLockTable;
    customer_relink_candidates: CustomerRelinkCandidatesTable;
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
  /** The billomat account imported from (migration 016). */
  billomat_account: ColumnType<string | null, string | null | undefined, string | null>;
  /** Clients held back until the user confirms relinking another account's customers to them. */
  relinkable: Generated<number>;
  relinked: Generated<number>;
}

/** A client of the run's account whose number equals another account's customer (migration 016). */
export interface CustomerRelinkCandidatesTable {
  run_id: number;
  customer_id: number;
  billomat_client_id: number;
  /** JSON MirroredFields the customer takes over on confirmation. */
  fields: string;
}

export interface CustomerImportLockTable {
  id: number;
  holder: string | null;
  run_id: number | null;
  expires_at: string | null;
}
