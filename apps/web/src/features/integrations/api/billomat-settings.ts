import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BillomatSettings } from '@plainstaff/contracts/integrations';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './integrations-keys';

export const billomatSettingsQueryOptions = queryOptions({
  queryKey: integrationsKeys.billomat,
  queryFn: ({ signal }) => api<BillomatSettings>('/integrations/billomat', { signal }),
});

export function useBillomatSettings() {
  return useQuery(billomatSettingsQueryOptions);
}
