import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BillomatTemplateList } from '@plainstaff/contracts/integrations';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './integrations-keys';

export const billomatTemplatesQueryOptions = queryOptions({
  queryKey: integrationsKeys.templates,
  queryFn: ({ signal }) => api<BillomatTemplateList>('/integrations/billomat/templates', { signal }),
  // A failure shows next to the select, not as a global notification.
  meta: { silent: true },
  retry: false,
});

/** Invoice templates from billomat; only asked for when a connection is saved. */
export function useBillomatTemplates(enabled: boolean) {
  return useQuery({ ...billomatTemplatesQueryOptions, enabled });
}
