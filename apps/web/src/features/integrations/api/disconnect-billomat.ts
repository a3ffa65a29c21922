import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Ok } from '@plainstaff/contracts/common';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './integrations-keys';

export function useDisconnectBillomat() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<Ok>('/integrations/billomat', { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: integrationsKeys.all }),
  });
}
