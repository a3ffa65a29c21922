import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportProfile } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { billingRunsKeys } from './billing-runs-keys';

// GET and PUT /api/projects/:id/export-profile: the settings a project remembers from its last export.
export const exportProfileOptions = (projectId: number) =>
  queryOptions({
    queryKey: billingRunsKeys.profile(projectId),
    queryFn: ({ signal }) => api<ExportProfile>(`/projects/${projectId}/export-profile`, { signal }),
  });

export const useExportProfile = (projectId: number) => useQuery(exportProfileOptions(projectId));

export function useSaveExportProfile(projectId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExportProfile) =>
      api<ExportProfile>(`/projects/${projectId}/export-profile`, { method: 'PUT', body }),
    onSuccess: (p) => qc.setQueryData(billingRunsKeys.profile(projectId), p),
  });
}
