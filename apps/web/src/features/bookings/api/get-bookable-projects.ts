import { useQuery } from '@tanstack/react-query';
import type { BookableProjectList } from '@plainstaff/contracts/bookings';
import { api } from '../../../lib/api-client';
import { bookingKeys } from './booking-keys';

/** Running projects the user is assigned to, with their tasks and remaining budget. */
export function useBookableProjects(enabled = true) {
  return useQuery({
    queryKey: bookingKeys.bookable,
    queryFn: ({ signal }) => api<BookableProjectList>('/bookings/bookable-projects', { signal }),
    select: (list) => list.items,
    enabled,
  });
}
