import type { CustomerListQuery } from '@plainstaff/contracts/customers';

export type CustomerListParams = Partial<CustomerListQuery>;

export const customerKeys = {
  all: ['customers'] as const,
  list: (params: CustomerListParams) => ['customers', 'list', params] as const,
};
