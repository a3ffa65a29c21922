import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ExportOptionsInput, InvoicePreview } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

export const getExportPreview = (projectId: number, options: ExportOptionsInput, signal?: AbortSignal) =>
  api<InvoicePreview>(`/projects/${projectId}/export-preview`, { method: 'POST', body: options, signal });

/**
 * The server computes the invoice exactly as billomat will. The options carry the selection as a
 * query (a few hundred bytes), so they are the key as they are.
 */
export const exportPreviewQuery = (projectId: number, options: ExportOptionsInput) =>
  queryOptions({
    queryKey: exportKeys.preview(projectId, options),
    queryFn: ({ signal }) => getExportPreview(projectId, options, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 60_000,
    meta: { silent: true },
    retry: false,
  });

export function useExportPreview(projectId: number, options: ExportOptionsInput | null) {
  return useQuery({
    ...exportPreviewQuery(projectId, options ?? ({} as ExportOptionsInput)),
    enabled: options !== null,
  });
}
