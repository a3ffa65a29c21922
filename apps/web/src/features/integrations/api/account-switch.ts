import { useMutation } from '@tanstack/react-query';
import type { BillomatAccountSwitch } from '@plainstaff/contracts/integrations';
import { api } from '../../../lib/api-client';

/** What saving another billomat ID would mean; asked once, when the user saves. */
export function useAccountSwitchImpact() {
  return useMutation({
    mutationFn: (billomatId: string) =>
      api<BillomatAccountSwitch>('/integrations/billomat/account-switch', { query: { billomatId } }),
  });
}
