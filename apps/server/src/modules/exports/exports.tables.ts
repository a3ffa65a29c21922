import type { ColumnType, Generated } from 'kysely';

declare module '../../db/database' {
  interface Database {
    exports: ExportsTable;
    export_bookings: ExportBookingsTable;
    export_profiles: ExportProfilesTable;
  }
}

export type ExportStatus = 'pending' | 'created' | 'failed' | 'undone';

export interface ExportsTable {
  id: Generated<number>;
  project_id: number;
  /** Our idempotency key, stored in the invoice's customfield. */
  reference: string;
  status: ExportStatus;
  created_by: number;
  created_at: string;
  updated_at: string;
  invoice_date: string;
  /** JSON `StoredExportOptions`: the profile and the invoice request as it is (re)sent. */
  options: string;
  /** JSON `PreviewLine[]`. */
  lines: string;
  currency: string;
  total_net_cents: number;
  total_gross_cents: number;
  billomat_invoice_id: number | null;
  invoice_number: string | null;
  invoice_status: string | null;
  mark_as_billed: number;
  complete_in_billomat: number;
  error: string | null;
  attempts: Generated<number>;
  undone_at: string | null;
  /** The totals billomat returned for the invoice (migration 011); null before it named them. */
  billomat_net_cents: ColumnType<number | null, number | null | undefined, number | null>;
  billomat_gross_cents: ColumnType<number | null, number | null | undefined, number | null>;
  /** Set while an undo's outcome in billomat is unclear (migration 009); optional on insert. */
  undo_requested_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** The billomat account the invoice is (to be) created in (migration 016); null before that. */
  billomat_account: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ExportBookingsTable {
  export_id: number;
  booking_id: number;
  /** The booking's version when claimed: a retry refuses bookings edited since. */
  booking_version: number;
  billed_minutes: number;
  rate_cents: number;
  /** 1 while the export holds the booking (reserved or billed); unique per booking among active rows. */
  active: Generated<number>;
}

export interface ExportProfilesTable {
  project_id: number;
  /** JSON `ExportProfile`. */
  profile: string;
  updated_at: string;
}
