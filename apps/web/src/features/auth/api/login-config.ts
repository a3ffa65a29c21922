import { useQuery } from '@tanstack/react-query';
import type { LoginConfig } from '@plainstaff/contracts/auth';
import { api } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export function useLoginConfig() {
  return useQuery({
    queryKey: authKeys.config,
    queryFn: () => api<LoginConfig>('/auth/config'),
    staleTime: Infinity,
  });
}
