import { useQuery } from '@tanstack/react-query';
import type { MeResponse } from '@plainstaff/contracts/auth';
import { api } from '../../../lib/api-client';
import { projectKeys } from './project-keys';

/** The session (same cache entry the app shell loads), to show management actions only to whom may use them. */
export function useCanManageProjects() {
  const me = useQuery({
    queryKey: projectKeys.me,
    queryFn: ({ signal }) => api<MeResponse>('/auth/me', { signal }),
    staleTime: 5 * 60_000,
    meta: { silent: true },
  });
  const role = me.data?.user.role;
  return role === 'admin' || role === 'manager';
}
