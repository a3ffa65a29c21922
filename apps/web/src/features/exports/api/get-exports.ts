import { useQuery } from '@tanstack/react-query';
import type { ExportList } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

/** Every export (invoice) of a project, newest first. */
export function useProjectExports(projectId: number) {
  return useQuery({
    queryKey: exportKeys.list(projectId),
    queryFn: ({ signal }) => api<ExportList>(`/projects/${projectId}/exports`, { signal }),
    // Pending exports resolve on the server (reconciler); look again while one is open.
    refetchInterval: (query) => (query.state.data?.items.some((e) => e.status === 'pending') ? 5_000 : false),
  });
}
