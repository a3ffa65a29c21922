import type { ColumnType, Generated } from 'kysely';
import type { BillingRunItemStatus, BillingRunStatus } from '@plainstaff/contracts/billing-runs';

declare module '../../db/database' {
  interface Database {
    billing_runs: BillingRunsTable;
    billing_run_items: BillingRunItemsTable;
    billing_run_schedule: BillingRunScheduleTable;
  }
}

export interface BillingRunsTable {
  id: Generated<number>;
  trigger: 'manual' | 'schedule';
  status: BillingRunStatus;
  /** `schedule:YYYY-MM` for scheduled runs: one per month, whichever instance comes first. */
  period_key: string | null;
  /** 'active' while running or waiting, else null: at most one active run. */
  active_lock: string | null;
  cutoff_date: string;
  invoice_date: string;
  drafts_only: number;
  created_by: number | null;
  /** The user the exports are written as (the starter, or the first admin for scheduled runs). */
  export_user_id: number;
  created_at: string;
  finished_at: string | null;
  waiting_until: string | null;
  current_item_id: number | null;
  cancel_requested: Generated<number>;
  requests_estimate: Generated<number>;
  error: string | null;
  /** The instance driving the run, and until when (epoch ms) its lease holds (migration 014). */
  owner: ColumnType<string | null, string | null | undefined, string | null>;
  lease_until: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface BillingRunItemsTable {
  id: Generated<number>;
  run_id: number;
  position: number;
  project_id: number;
  project_number: string;
  project_name: string;
  customer_name: string;
  status: BillingRunItemStatus;
  export_id: number | null;
  invoice_number: string | null;
  reason: string | null;
  billed_minutes: Generated<number>;
  currency: Generated<string>;
  total_net_cents: Generated<number>;
  total_gross_cents: Generated<number>;
  /** Set when billomat refused the export with 429: post it again (same reference) after this time. */
  retry_at: string | null;
  started_at: string | null;
  finished_at: string | null;
}

export interface BillingRunScheduleTable {
  id: number;
  enabled: number;
  day_of_month: number;
  time: string;
  enabled_at: string | null;
  updated_at: string;
}
