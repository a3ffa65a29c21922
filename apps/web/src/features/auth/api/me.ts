import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeResponse } from '@plainstaff/contracts/auth';
import { api } from '../../../lib/api-client';

export const authKeys = { me: ['auth', 'me'] as const, config: ['auth', 'config'] as const };

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
