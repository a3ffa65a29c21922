import { useQuery } from '@tanstack/react-query';
import type { RateSuggestion } from '@plainstaff/contracts/bookings';
import { api } from '../../../lib/api-client';
import { bookingKeys } from './booking-keys';

/** The rate the hierarchy (member → task → project → user) yields, and where it comes from. */
export function useRateSuggestion(projectId: number, taskId: number | null) {
  return useQuery({
    queryKey: bookingKeys.rate(projectId, taskId),
    queryFn: ({ signal }) =>
      api<RateSuggestion>('/bookings/rate-suggestion', {
        query: { projectId, taskId: taskId ?? undefined },
        signal,
      }),
    enabled: projectId > 0,
    meta: { silent: true },
  });
}
