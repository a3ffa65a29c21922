import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { BillingRunOptionsInput, BillingRunPreview } from '@plainstaff/contracts/billing-runs';
import { api } from '../../../lib/api-client';
import { billingRunsKeys } from './billing-runs-keys';

/** `POST /api/billing-runs/preview`: one invoice per project, by the single export's preview. */
export const billingRunPreviewOptions = (o: BillingRunOptionsInput) =>
  queryOptions({
    queryKey: billingRunsKeys.preview(o),
    queryFn: ({ signal }) =>
      api<BillingRunPreview>('/billing-runs/preview', { method: 'POST', body: o, signal }),
    staleTime: 0,
  });

export function useBillingRunPreview(o: BillingRunOptionsInput, enabled: boolean) {
  // The table stays while a changed date or option is recomputed.
  return useQuery({ ...billingRunPreviewOptions(o), enabled, placeholderData: keepPreviousData });
}
