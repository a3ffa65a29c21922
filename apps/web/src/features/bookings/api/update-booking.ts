import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking, BookingUpdate } from '@plainstaff/contracts/bookings';
import { api } from '../../../lib/api-client';
import { bookingKeys } from './booking-keys';

export const updateBooking = ({ id, input }: { id: number; input: BookingUpdate }) =>
  api<Booking>(`/bookings/${id}`, { method: 'PATCH', body: input });

export function useUpdateBooking() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateBooking,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: bookingKeys.all }),
        qc.invalidateQueries({ queryKey: bookingKeys.projects }),
      ]),
  });
}
