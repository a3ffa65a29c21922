import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ExportSetup } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

export const getExportSetup = (projectId: number, signal?: AbortSignal) =>
  api<ExportSetup>(`/projects/${projectId}/export-setup`, { signal });

export const exportSetupQuery = (projectId: number) =>
  queryOptions({
    queryKey: exportKeys.setup(projectId),
    queryFn: ({ signal }) => getExportSetup(projectId, signal),
  });

/** The project's remembered export profile and the defaults the page starts with. */
export function useExportSetup(projectId: number) {
  return useQuery(exportSetupQuery(projectId));
}
