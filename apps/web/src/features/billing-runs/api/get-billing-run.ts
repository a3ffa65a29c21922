import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BillingRunDetail } from '@plainstaff/contracts/billing-runs';
import { api } from '../../../lib/api-client';
import { LIVE_INTERVAL_MS, billingRunsKeys, isActive } from './billing-runs-keys';

export const billingRunOptions = (id: number) =>
  queryOptions({
    queryKey: billingRunsKeys.detail(id),
    queryFn: ({ signal }) => api<BillingRunDetail>(`/billing-runs/${id}`, { signal }),
  });

/** One run's report; live while the run is still going. */
export function useBillingRun(id: number | null) {
  return useQuery({
    ...billingRunOptions(id ?? 0),
    enabled: id !== null,
    refetchInterval: (q) => (isActive(q.state.data?.status) ? LIVE_INTERVAL_MS : false),
  });
}
