import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeResponse } from '@plainstaff/contracts/auth';
import { api } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export const meQueryOptions = queryOptions({
  queryKey: authKeys.me,
  queryFn: ({ signal }) => api<MeResponse>('/auth/me', { signal }),
  staleTime: 5 * 60_000,
  retry: false,
  meta: { silent: true },
});

export function useMe() {
  return useQuery(meQueryOptions);
}
