import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExportOptionsInput, InvoicePreview } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

export type PreviewSettings = Omit<ExportOptionsInput, 'bookingIds'>;

/**
 * The server computes the invoice exactly as billomat will. The key carries a selection version
 * instead of up to 100,000 ids, so hashing the key stays cheap; the ids travel in the body.
 */
export function useExportPreview(
  projectId: number,
  settings: PreviewSettings,
  selection: { ids: () => number[]; version: number; size: number },
) {
  return useQuery({
    queryKey: exportKeys.preview(projectId, settings, selection.version),
    queryFn: ({ signal }) =>
      api<InvoicePreview>(`/projects/${projectId}/export-preview`, {
        method: 'POST',
        body: { ...settings, bookingIds: selection.ids() },
        signal,
      }),
    enabled: selection.size > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 60_000,
    meta: { silent: true },
    retry: false,
  });
}
