import type { Generated } from 'kysely';

declare module '../../db/database' {
  interface Database {
    projects: ProjectsTable;
    tasks: TasksTable;
    project_members: ProjectMembersTable;
  }
}

export interface ProjectsTable {
  id: Generated<number>;
  number: string;
  name: string;
  description: string;
  customer_id: number;
  status: 'planned' | 'running' | 'completed';
  currency: string;
  vat_override_bp: number | null;
  start_date: string | null;
  budget_type: 'none' | 'hours' | 'amount';
  budget_minutes: number | null;
  budget_cents: number | null;
  hourly_rate_cents: number | null;
  no_tasks: number;
  created_at: string;
  updated_at: string;
}

export interface TasksTable {
  id: Generated<number>;
  project_id: number;
  name: string;
  rate_cents: number | null;
  budget_minutes: number | null;
  archived: Generated<number>;
  position: Generated<number>;
}

export interface ProjectMembersTable {
  project_id: number;
  user_id: number;
  rate_cents: number | null;
  is_manager: number;
}
