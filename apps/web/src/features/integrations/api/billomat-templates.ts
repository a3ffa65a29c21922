import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BillomatTemplate } from '@plainstaff/contracts/integrations';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './billomat-settings';

export const billomatTemplatesQueryOptions = queryOptions({
  queryKey: integrationsKeys.templates,
  queryFn: ({ signal }) => api<{ items: BillomatTemplate[] }>('/integrations/billomat/templates', { signal }),
  // A failure shows next to the select, not as a global notification.
  meta: { silent: true },
  retry: false,
});

/** Invoice templates from billomat; only asked for when a connection is saved. */
export function useBillomatTemplates(enabled: boolean) {
  return useQuery({ ...billomatTemplatesQueryOptions, enabled });
}
