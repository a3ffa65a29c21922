import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StatusRefresh } from '@plainstaff/contracts/overview';
import { api } from '../../../lib/api-client';
import { overviewKeys } from './overview-keys';

/** `POST /api/overview/refresh-status`: billomat's current status of our invoices, a page per 1,000. */
export function useRefreshStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<StatusRefresh>('/overview/refresh-status', { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: overviewKeys.all }),
  });
}
