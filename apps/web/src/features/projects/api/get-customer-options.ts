import { useQuery } from '@tanstack/react-query';
import type { CustomerList } from '@plainstaff/contracts/customers';
import { api } from '../../../lib/api-client';
import { projectKeys } from './project-keys';

/** All active customers for the "Kunde" select box (the API caps a page at 1,000). */
export function useCustomerOptions(enabled = true) {
  return useQuery({
    queryKey: projectKeys.customerOptions,
    queryFn: ({ signal }) => api<CustomerList>('/customers', { query: { pageSize: 1000 }, signal }),
    select: (list) => list.items,
    enabled,
  });
}
