import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BillomatSettings, BillomatSettingsInput } from '@plainstaff/contracts/integrations';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './integrations-keys';

export function useSaveBillomatSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BillomatSettingsInput) =>
      api<BillomatSettings>('/integrations/billomat', { method: 'PUT', body }),
    onSuccess: (settings) => {
      qc.setQueryData(integrationsKeys.billomat, settings);
      void qc.invalidateQueries({ queryKey: integrationsKeys.templates });
    },
  });
}
