/** Demo users seeded by demo mode (apps/server/src/seed/demo-users.ts). */
export const demo = {
  admin: {
    email: 'admin@demo.plainstaff.de',
    password: 'demo-admin-2026',
    file: 'test-results/.auth/admin.json',
  },
  manager: {
    email: 'manager@demo.plainstaff.de',
    password: 'demo-manager-2026',
    file: 'test-results/.auth/manager.json',
  },
  employee: {
    email: 'erika@demo.plainstaff.de',
    password: 'demo-employee-2026',
    file: 'test-results/.auth/employee.json',
  },
} as const;

export const SANDBOX_URL = 'http://127.0.0.1:3101';
export const SANDBOX_CONTROL_TOKEN = 'e2e-control-token';
