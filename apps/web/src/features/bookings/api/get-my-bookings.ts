import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BookingList } from '@plainstaff/contracts/bookings';
import { api } from '../../../lib/api-client';
import { bookingKeys, type MyBookingParams } from './booking-keys';

/** The signed-in user's own bookings (the Buchungen page never shows other people's). */
export function useMyBookings(params: MyBookingParams) {
  return useQuery({
    queryKey: bookingKeys.mine(params),
    queryFn: ({ signal }) => api<BookingList>('/bookings', { query: { ...params, mine: '1' }, signal }),
    placeholderData: keepPreviousData,
  });
}
