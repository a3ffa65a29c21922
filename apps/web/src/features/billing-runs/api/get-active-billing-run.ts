import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActiveBillingRun } from '@plainstaff/contracts/billing-runs';
import { api } from '../../../lib/api-client';
import { LIVE_INTERVAL_MS, billingRunsKeys } from './billing-runs-keys';

export const activeBillingRunOptions = queryOptions({
  queryKey: billingRunsKeys.active(),
  queryFn: ({ signal }) => api<ActiveBillingRun>('/billing-runs/active', { signal }),
  staleTime: 0,
});

/** The running run (if any), polled every 1.5 s while it runs. */
export function useActiveBillingRun() {
  return useQuery({
    ...activeBillingRunOptions,
    refetchInterval: (q) => (q.state.data?.run ? LIVE_INTERVAL_MS : false),
  });
}
