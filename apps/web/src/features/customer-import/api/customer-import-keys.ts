// 'customers' and 'projects' are shared roots by name (see projects/api/project-keys.ts): one
// invalidation refreshes the Kunden page, the "Kunde" select box and the project list.
export const customerImportKeys = {
  status: ['customer-import', 'status'] as const,
  afterImport: [['customers'], ['projects', 'list']] as const,
};
