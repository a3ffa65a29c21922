import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReleaseResult } from '@plainstaff/contracts/overview';
import { api } from '../../../lib/api-client';

/** "Buchungen freigeben": the bookings of an invoice cancelled in billomat become open again. */
export function useReleaseExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (exportId: number) =>
      api<ReleaseResult>(`/overview/exports/${exportId}/release`, { method: 'POST' }),
    // Everything, not a key: released bookings change booking lists, project figures, exports and this
    // overview alike, and the overview knows none of those features' keys.
    onSuccess: () => qc.invalidateQueries(),
  });
}
