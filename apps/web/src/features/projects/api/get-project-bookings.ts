import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BookingList } from '@plainstaff/contracts/bookings';
import { api } from '../../../lib/api-client';
import { projectKeys, type ProjectBookingParams } from './project-keys';

export function useProjectBookings(projectId: number, params: ProjectBookingParams) {
  return useQuery({
    queryKey: projectKeys.bookings(projectId, params),
    queryFn: ({ signal }) => api<BookingList>('/bookings', { query: { projectId, ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
