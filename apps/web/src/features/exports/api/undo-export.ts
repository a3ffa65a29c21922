import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Export } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { invalidateAfterExport } from './invalidate-after-export';

/** `POST /api/exports/:id/undo`: deletes a draft or cancels a completed invoice, then releases the bookings. */
export function useUndoExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (exportId: number) => api<Export>(`/exports/${exportId}/undo`, { method: 'POST' }),
    onSettled: (result) => invalidateAfterExport(qc, result?.projectId),
  });
}
