import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './billomat-settings';

export function useDisconnectBillomat() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/integrations/billomat', { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: integrationsKeys.all }),
  });
}
