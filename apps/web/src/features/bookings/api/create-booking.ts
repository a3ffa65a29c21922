import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking, BookingInput } from '@plainstaff/contracts/bookings';
import { api } from '../../../lib/api-client';
import { bookingKeys } from './booking-keys';

export const createBooking = (input: BookingInput) =>
  api<Booking>('/bookings', { method: 'POST', body: input });

export function useCreateBooking() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createBooking,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: bookingKeys.all }),
        qc.invalidateQueries({ queryKey: bookingKeys.projects }),
      ]),
  });
}
