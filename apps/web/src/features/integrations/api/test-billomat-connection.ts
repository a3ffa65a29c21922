import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  BillomatConnectionTestInput,
  BillomatConnectionTestResult,
} from '@plainstaff/contracts/integrations';
import { api } from '../../../lib/api-client';
import { integrationsKeys } from './integrations-keys';

/** Empty fields mean "use the saved value" on the server. */
export function useTestBillomatConnection() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BillomatConnectionTestInput) =>
      api<BillomatConnectionTestResult>('/integrations/billomat/test', { method: 'POST', body }),
    // A test of the saved connection updates the tile's "last check".
    onSettled: () => void qc.invalidateQueries({ queryKey: integrationsKeys.billomat, exact: true }),
  });
}
