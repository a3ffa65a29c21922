import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BillingRunDetail } from '@plainstaff/contracts/billing-runs';
import { api } from '../../../lib/api-client';
import { billingRunsKeys } from './billing-runs-keys';

/** Takes effect between two invoices: the one under way is finished. */
export function useCancelBillingRun() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<BillingRunDetail>(`/billing-runs/${id}/cancel`, { method: 'POST' }),
    meta: { globalError: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: billingRunsKeys.all }),
  });
}
