import type { ExportCandidatesQuery } from '@plainstaff/contracts/exports';

// 'projects' and 'bookings' roots are shared by name with other features: an export refreshes the
// project file and every booking list without features importing each other.
export const exportKeys = {
  all: ['exports'] as const,
  project: (projectId: number) => ['projects', 'detail', projectId] as const,
  candidates: (projectId: number, query: ExportCandidatesQuery) =>
    ['bookings', 'export-candidates', projectId, query] as const,
  preview: (projectId: number, options: unknown, selectionVersion: number) =>
    ['exports', 'preview', projectId, options, selectionVersion] as const,
  list: (projectId: number) => ['exports', 'list', projectId] as const,
  detail: (exportId: number) => ['exports', 'detail', exportId] as const,
};
