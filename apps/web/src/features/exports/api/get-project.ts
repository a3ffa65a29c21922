import { useQuery } from '@tanstack/react-query';
import type { Project } from '@plainstaff/contracts/projects';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

/** The project an invoice is made for (same cache entry as the project file). */
export function useExportProject(projectId: number) {
  return useQuery({
    queryKey: exportKeys.project(projectId),
    queryFn: ({ signal }) => api<Project>(`/projects/${projectId}`, { signal }),
    enabled: Number.isInteger(projectId) && projectId > 0,
  });
}
