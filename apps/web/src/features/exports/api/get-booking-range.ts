import { useMutation } from '@tanstack/react-query';
import type { GridRange, GridRangeRequest } from '@plainstaff/contracts/export-selection';
import { api } from '../../../lib/api-client';

export const getBookingRange = (projectId: number, body: GridRangeRequest) =>
  api<GridRange>(`/projects/${projectId}/export-bookings/range`, { method: 'POST', body });

/**
 * The selectable ids between two rows, for a shift-click whose rows are not all loaded. A read, but
 * not cached: each shift-click asks once. The server refuses more than MAX_SELECTION_IDS with a
 * message that says what to do instead; the global handler shows it.
 */
export function useBookingRange(projectId: number) {
  return useMutation({
    mutationFn: (body: GridRangeRequest) => getBookingRange(projectId, body),
    meta: { globalError: true },
  });
}
