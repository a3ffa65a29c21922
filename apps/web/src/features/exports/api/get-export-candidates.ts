import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExportCandidateList, ExportCandidatesQuery } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

/** All filtered bookings of a project at once (up to 100,000) plus the remembered export profile. */
export function useExportCandidates(projectId: number, query: ExportCandidatesQuery) {
  return useQuery({
    queryKey: exportKeys.candidates(projectId, query),
    queryFn: ({ signal }) =>
      api<ExportCandidateList>(`/projects/${projectId}/export-candidates`, { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
