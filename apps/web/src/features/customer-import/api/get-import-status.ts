import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CustomerImportStatus } from '@plainstaff/contracts/customer-import';
import { api } from '../../../lib/api-client';
import { customerImportKeys } from './customer-import-keys';

export const importStatusQueryOptions = () =>
  queryOptions({
    queryKey: customerImportKeys.status,
    queryFn: ({ signal }) => api<CustomerImportStatus>('/customers/import/status', { signal }),
    meta: { silent: true },
  });

export function useImportStatus() {
  return useQuery(importStatusQueryOptions());
}
