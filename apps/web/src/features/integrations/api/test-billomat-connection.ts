import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BillomatConnectionTestResult } from '@plainstaff/contracts/integrations';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './billomat-settings';

/** Empty fields mean "use the saved value" on the server. */
export function useTestBillomatConnection() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { billomatId: string; apiKey: string }) =>
      api<BillomatConnectionTestResult>('/integrations/billomat/test', { method: 'POST', body }),
    // A test of the saved connection updates the tile's "last check".
    onSettled: () => void qc.invalidateQueries({ queryKey: integrationsKeys.billomat, exact: true }),
  });
}
