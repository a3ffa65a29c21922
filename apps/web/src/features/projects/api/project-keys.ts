// Roots are shared by name with other features ('bookings', 'customers', 'users'), so a booking saved
// on the Buchungen page also refreshes a project file without features importing each other.
export interface ProjectListParams {
  search?: string;
  status?: 'planned' | 'running' | 'completed';
  page: number;
  pageSize: number;
}

export interface ProjectBookingParams {
  billingState?: 'open' | 'reserved' | 'billed';
  page: number;
  pageSize: number;
}

export const projectKeys = {
  all: ['projects'] as const,
  list: (params: ProjectListParams) => ['projects', 'list', params] as const,
  detail: (id: number) => ['projects', 'detail', id] as const,
  bookings: (id: number, params: ProjectBookingParams) => ['bookings', 'project', id, params] as const,
  customerOptions: ['customers', 'options'] as const,
  users: ['users', 'list'] as const,
  me: ['auth', 'me'] as const,
};
