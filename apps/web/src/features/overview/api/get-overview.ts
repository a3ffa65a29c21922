import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Overview } from '@plainstaff/contracts/overview';
import { api } from '../../../lib/api-client';
import { overviewKeys } from './overview-keys';

export const overviewQueryOptions = queryOptions({
  queryKey: overviewKeys.data(),
  queryFn: ({ signal }) => api<Overview>('/overview', { signal }),
});

export function useOverview() {
  return useQuery(overviewQueryOptions);
}
