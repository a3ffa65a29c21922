import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Customer } from '@plainstaff/contracts/customers';
import { api } from '../../../lib/api-client';
import { customerKeys } from './customer-keys';

export const customerQueryOptions = (id: number) =>
  queryOptions({
    queryKey: customerKeys.detail(id),
    queryFn: ({ signal }) => api<Customer>(`/customers/${id}`, { signal }),
  });

/** One customer; `id` null or 0: none (nothing is fetched). */
export function useCustomer(id: number | null) {
  return useQuery({ ...customerQueryOptions(id ?? 0), enabled: Boolean(id) });
}
