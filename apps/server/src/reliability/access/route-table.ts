import type { Role } from '@plainstaff/contracts/auth';

/** Who may call a route: anyone, any signed-in user, or only the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export interface RouteEntry {
  method: string;
  path: string;
  access: Access;
}

export const ROLES: readonly Role[] = ['admin', 'manager', 'employee'];
const ADMIN: readonly Role[] = ['admin'];
const STAFF: readonly Role[] = ['admin', 'manager'];

/**
 * EVERY route the server registers, with the access the product intends. A route that is registered
 * but missing here fails the access suite, so a new route cannot ship without a decision about who may
 * call it. HEAD routes are Fastify's automatic twins of GET routes and inherit the GET entry.
 */
// prettier-ignore
export const ROUTE_TABLE: RouteEntry[] = [
  { method: 'GET', path: '/api/health', access: 'public' },
  { method: 'POST', path: '/api/auth/login', access: 'public' },
  { method: 'GET', path: '/api/auth/config', access: 'public' },
  { method: 'POST', path: '/api/auth/logout', access: 'public' },
  { method: 'GET', path: '/api/auth/me', access: 'signed-in' },
  { method: 'PUT', path: '/api/auth/me/preferences', access: 'signed-in' },

  { method: 'GET', path: '/api/users', access: STAFF },
  { method: 'POST', path: '/api/users', access: ADMIN },
  { method: 'PATCH', path: '/api/users/:id', access: ADMIN },

  { method: 'GET', path: '/api/customers', access: STAFF },
  { method: 'GET', path: '/api/customers/search', access: STAFF },
  { method: 'GET', path: '/api/customers/:id', access: STAFF },
  { method: 'POST', path: '/api/customers', access: STAFF },
  { method: 'PATCH', path: '/api/customers/:id', access: STAFF },
  { method: 'DELETE', path: '/api/customers/:id', access: STAFF },
  { method: 'POST', path: '/api/customers/import', access: STAFF },
  { method: 'POST', path: '/api/customers/import/runs/:id/relink', access: STAFF },
  { method: 'GET', path: '/api/customers/import/status', access: STAFF },
  { method: 'GET', path: '/api/customers/import/events', access: STAFF },

  { method: 'GET', path: '/api/projects', access: 'signed-in' },
  { method: 'GET', path: '/api/projects/:id', access: 'signed-in' },
  { method: 'POST', path: '/api/projects', access: STAFF },
  { method: 'PATCH', path: '/api/projects/:id', access: STAFF },
  { method: 'GET', path: '/api/projects/:id/tasks', access: 'signed-in' },
  { method: 'POST', path: '/api/projects/:id/tasks', access: STAFF },
  { method: 'PATCH', path: '/api/projects/:id/tasks/:taskId', access: STAFF },

  { method: 'GET', path: '/api/bookings', access: 'signed-in' },
  { method: 'GET', path: '/api/bookings/bookable-projects', access: 'signed-in' },
  { method: 'GET', path: '/api/bookings/rate-suggestion', access: 'signed-in' },
  { method: 'GET', path: '/api/bookings/:id', access: 'signed-in' },
  { method: 'POST', path: '/api/bookings', access: 'signed-in' },
  { method: 'PATCH', path: '/api/bookings/:id', access: 'signed-in' },
  { method: 'DELETE', path: '/api/bookings/:id', access: 'signed-in' },

  { method: 'GET', path: '/api/integrations/billomat', access: ADMIN },
  { method: 'PUT', path: '/api/integrations/billomat', access: ADMIN },
  { method: 'GET', path: '/api/integrations/billomat/account-switch', access: ADMIN },
  { method: 'POST', path: '/api/integrations/billomat/test', access: ADMIN },
  { method: 'DELETE', path: '/api/integrations/billomat', access: ADMIN },
  { method: 'GET', path: '/api/integrations/billomat/templates', access: ADMIN },

  { method: 'GET', path: '/api/projects/:id/export-setup', access: STAFF },
  { method: 'GET', path: '/api/projects/:id/export-bookings', access: STAFF },
  { method: 'POST', path: '/api/projects/:id/export-bookings/range', access: STAFF },
  { method: 'POST', path: '/api/projects/:id/export-selection', access: STAFF },
  { method: 'GET', path: '/api/projects/:id/export-profile', access: STAFF },
  { method: 'PUT', path: '/api/projects/:id/export-profile', access: STAFF },
  { method: 'POST', path: '/api/projects/:id/export-preview', access: STAFF },
  { method: 'POST', path: '/api/projects/:id/exports', access: STAFF },
  { method: 'GET', path: '/api/projects/:id/exports', access: STAFF },
  { method: 'GET', path: '/api/exports/:id', access: STAFF },
  { method: 'POST', path: '/api/exports/:id/retry', access: STAFF },
  { method: 'POST', path: '/api/exports/:id/undo', access: STAFF },

  { method: 'GET', path: '/api/overview', access: 'signed-in' },
  { method: 'GET', path: '/api/overview/projects.csv', access: 'signed-in' },
  { method: 'POST', path: '/api/overview/refresh-status', access: STAFF },
  { method: 'POST', path: '/api/overview/exports/:id/release', access: STAFF },

  { method: 'POST', path: '/api/billing-runs/preview', access: ADMIN },
  { method: 'POST', path: '/api/billing-runs', access: ADMIN },
  { method: 'GET', path: '/api/billing-runs', access: ADMIN },
  { method: 'GET', path: '/api/billing-runs/active', access: ADMIN },
  { method: 'GET', path: '/api/billing-runs/schedule', access: ADMIN },
  { method: 'PUT', path: '/api/billing-runs/schedule', access: ADMIN },
  { method: 'GET', path: '/api/billing-runs/:id', access: ADMIN },
  { method: 'POST', path: '/api/billing-runs/:id/cancel', access: ADMIN },
];

export const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function allowed(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  return access === 'signed-in' || access.includes(role);
}
