import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Export, ExportRequest } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { invalidateAfterExport } from './invalidate-after-export';

/** Runs the exactly-once export on the server; errors are shown on the page, not globally. */
export function useCreateExport(projectId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExportRequest) =>
      api<Export>(`/projects/${projectId}/exports`, { method: 'POST', body }),
    onSettled: () => invalidateAfterExport(qc, projectId),
  });
}
