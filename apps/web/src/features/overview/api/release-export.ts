import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReleaseResult } from '@plainstaff/contracts/overview';
import { api } from '../../../lib/api-client';

/** "Buchungen freigeben": the bookings of an invoice cancelled in billomat become open again. */
export function useReleaseExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (exportId: number) =>
      api<ReleaseResult>(`/overview/exports/${exportId}/release`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries(),
  });
}
