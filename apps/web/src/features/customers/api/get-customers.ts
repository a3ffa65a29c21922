import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CustomerList } from '@plainstaff/contracts/customers';
import { api } from '../../../lib/api-client';
import { customerKeys, type CustomerListParams } from './customer-keys';

export const customersQueryOptions = (params: CustomerListParams) =>
  queryOptions({
    queryKey: customerKeys.list(params),
    queryFn: ({ signal }) => api<CustomerList>('/customers', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });

export function useCustomers(params: CustomerListParams) {
  return useQuery(customersQueryOptions(params));
}
