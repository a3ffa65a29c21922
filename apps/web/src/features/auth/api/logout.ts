import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Ok } from '@plainstaff/contracts/common';
import { api } from '../../../lib/api-client';

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<Ok>('/auth/logout', { method: 'POST', body: {} }),
    onSettled: () => qc.clear(),
  });
}
