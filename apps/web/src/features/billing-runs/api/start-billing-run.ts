import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActiveBillingRun, BillingRunDetail, BillingRunStart } from '@plainstaff/contracts/billing-runs';
import { api } from '../../../lib/api-client';
import { billingRunsKeys } from './billing-runs-keys';

export function useStartBillingRun() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BillingRunStart) => api<BillingRunDetail>('/billing-runs', { method: 'POST', body }),
    onSuccess: (run) => {
      qc.setQueryData<ActiveBillingRun>(billingRunsKeys.active(), { run });
      void qc.invalidateQueries({ queryKey: billingRunsKeys.list() });
    },
  });
}
