import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExportCandidate, ExportCandidatesQuery, ExportProfile } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

export interface ExportCandidateList {
  items: ExportCandidate[];
  profile: ExportProfile;
  defaults: { completeInBillomat: boolean; invoiceDate: string };
}

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
