import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CustomerSearchResult } from '@plainstaff/contracts/customers';
import { api } from '../../../lib/api-client';
import { customerKeys } from './customer-keys';

/** The server's customer search: at most 50 answers; `q` empty: the first active customers by name. */
export const customerSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: customerKeys.search(q),
    queryFn: ({ signal }) => api<CustomerSearchResult>('/customers/search', { query: { q }, signal }),
    // The previous answer stays while the next one loads: the list does not flicker while typing.
    placeholderData: keepPreviousData,
  });

export function useCustomerSearch(q: string, enabled: boolean) {
  return useQuery({ ...customerSearchQueryOptions(q), enabled });
}
