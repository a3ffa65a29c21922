import type { CustomerListQuery } from '@plainstaff/contracts/customers';
import { sharedKeys } from '../../../lib/shared-keys';

export type CustomerListParams = Partial<CustomerListQuery>;

// The root is shared (lib/shared-keys): an import or a saved customer refreshes the Kunden page, the
// picker's answers and the customer it shows, wherever they are.
export const customerKeys = {
  all: sharedKeys.customers,
  list: (params: CustomerListParams) => [...sharedKeys.customers, 'list', params] as const,
  search: (q: string) => [...sharedKeys.customers, 'search', q] as const,
  detail: (id: number) => [...sharedKeys.customers, 'detail', id] as const,
};
