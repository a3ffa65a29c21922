import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BillingRunList } from '@plainstaff/contracts/billing-runs';
import { api } from '../../../lib/api-client';
import { LIVE_INTERVAL_MS, billingRunsKeys, isActive } from './billing-runs-keys';

export const billingRunsListOptions = queryOptions({
  queryKey: billingRunsKeys.list(),
  queryFn: ({ signal }) => api<BillingRunList>('/billing-runs', { signal }),
});

export function useBillingRuns() {
  return useQuery({
    ...billingRunsListOptions,
    refetchInterval: (q) => (q.state.data?.items.some((r) => isActive(r.status)) ? LIVE_INTERVAL_MS : false),
  });
}
