import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Ok } from '@plainstaff/contracts/common';
import { api } from '../../../lib/api-client';
import { bookingKeys } from './booking-keys';

export const deleteBooking = (id: number) => api<Ok>(`/bookings/${id}`, { method: 'DELETE' });

export function useDeleteBooking() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteBooking,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: bookingKeys.all }),
        qc.invalidateQueries({ queryKey: bookingKeys.projects }),
      ]),
  });
}
