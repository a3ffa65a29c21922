import type { QueryClient } from '@tanstack/react-query';
import { exportKeys } from './export-keys';

/** An export, retry or undo changes bookings, project figures and the export list. */
export function invalidateAfterExport(qc: QueryClient, projectId?: number) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: exportKeys.all }),
    qc.invalidateQueries({ queryKey: exportKeys.bookings }),
    qc.invalidateQueries({ queryKey: projectId ? exportKeys.project(projectId) : exportKeys.projects }),
  ]);
}
