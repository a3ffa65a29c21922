import type { Generated } from 'kysely';

declare module '../../db/database' {
  interface Database {
    bookings: BookingsTable;
    booking_changes: BookingChangesTable;
  }
}

export interface BookingsTable {
  id: Generated<number>;
  project_id: number;
  task_id: number | null;
  employee_id: number;
  date: string;
  minutes: number;
  rate_cents: number | null;
  rate_source: 'member' | 'task' | 'project' | 'user' | 'none' | 'manual';
  comment: string;
  billable: number;
  billing_state: 'open' | 'reserved' | 'billed';
  export_id: number | null;
  invoice_number: string | null;
  version: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** Audit trail of admin changes to billed bookings: the booking before and after, as JSON. */
export interface BookingChangesTable {
  id: Generated<number>;
  booking_id: number;
  user_id: number;
  at: string;
  before: string;
  after: string;
}
