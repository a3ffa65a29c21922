const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Demo users seeded by demo mode (apps/server/src/seed/demo-users.ts). */
export const demo = {
  admin: {
    email: 'admin@demo.plainstaff.de',
    password: 'demo-admin-2026',
    file: `test-results/.auth/admin-${PORT}.json`,
  },
  manager: {
    email: 'manager@demo.plainstaff.de',
    password: 'demo-manager-2026',
    file: `test-results/.auth/manager-${PORT}.json`,
  },
  employee: {
    email: 'erika@demo.plainstaff.de',
    password: 'demo-employee-2026',
    file: `test-results/.auth/employee-${PORT}.json`,
  },
} as const;

export const E2E_URL = `http://127.0.0.1:${PORT}`;
export const SANDBOX_URL = `http://127.0.0.1:${PORT + 1}`;
export const SANDBOX_CONTROL_TOKEN = 'e2e-control-token';
