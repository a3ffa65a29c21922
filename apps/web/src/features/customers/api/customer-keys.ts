import type { CustomerListQuery } from '@plainstaff/contracts/customers';
import { sharedKeys } from '../../../lib/shared-keys';

export type CustomerListParams = Partial<CustomerListQuery>;

// The root is shared (lib/shared-keys): a saved customer also refreshes the project dialog's "Kunde" list.
export const customerKeys = {
  all: sharedKeys.customers,
  list: (params: CustomerListParams) => [...sharedKeys.customers, 'list', params] as const,
};
