import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Export } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { invalidateAfterExport } from './invalidate-after-export';

/** `POST /api/exports/:id/retry`: the server looks the reference up in billomat first — never a second invoice. */
export function useRetryExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (exportId: number) => api<Export>(`/exports/${exportId}/retry`, { method: 'POST' }),
    onSettled: (result) => invalidateAfterExport(qc, result?.projectId),
  });
}
