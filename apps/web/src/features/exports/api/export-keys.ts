import type { ExportCandidatesQuery } from '@plainstaff/contracts/exports';
import { sharedKeys } from '../../../lib/shared-keys';

// An export changes bookings and project figures: the project and booking keys come from the shared
// roots, so invalidating them refreshes the project file and every booking list of other features.
export const exportKeys = {
  all: ['exports'] as const,
  bookings: sharedKeys.bookings,
  projects: sharedKeys.projects,
  project: sharedKeys.project,
  candidates: (projectId: number, query: ExportCandidatesQuery) =>
    [...sharedKeys.bookings, 'export-candidates', projectId, query] as const,
  preview: (projectId: number, options: unknown, selectionVersion: number) =>
    ['exports', 'preview', projectId, options, selectionVersion] as const,
  list: (projectId: number) => ['exports', 'list', projectId] as const,
};
