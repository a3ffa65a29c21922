import { sharedKeys } from '../../../lib/shared-keys';

// One invalidation of the shared roots refreshes the Kunden page, the "Kunde" select box and the
// project list (customer names), without importing those features.
export const customerImportKeys = {
  status: ['customer-import', 'status'] as const,
  afterImport: [sharedKeys.customers, sharedKeys.projectList] as const,
};
