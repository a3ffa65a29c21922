import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BillingSchedule, BillingScheduleInput } from '@plainstaff/contracts/billing-runs';
import { api } from '../../../lib/api-client';
import { billingRunsKeys } from './billing-runs-keys';

// GET and PUT /api/billing-runs/schedule: one settings row, so one file.
export const scheduleOptions = queryOptions({
  queryKey: billingRunsKeys.schedule(),
  queryFn: ({ signal }) => api<BillingSchedule>('/billing-runs/schedule', { signal }),
});

export const useSchedule = () => useQuery(scheduleOptions);

export function useSaveSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BillingScheduleInput) =>
      api<BillingSchedule>('/billing-runs/schedule', { method: 'PUT', body }),
    onSuccess: (s) => qc.setQueryData(billingRunsKeys.schedule(), s),
  });
}
