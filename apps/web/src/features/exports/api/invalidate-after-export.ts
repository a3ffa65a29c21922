import type { QueryClient } from '@tanstack/react-query';

/** An export, retry or undo changes bookings, project figures and the export list. */
export function invalidateAfterExport(qc: QueryClient, projectId?: number) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: ['exports'] }),
    qc.invalidateQueries({ queryKey: ['bookings'] }),
    qc.invalidateQueries({ queryKey: projectId ? ['projects', 'detail', projectId] : ['projects'] }),
  ]);
}
