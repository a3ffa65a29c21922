import type { BookingListQuery } from '@plainstaff/contracts/bookings';
import { sharedKeys } from '../../../lib/shared-keys';

export type MyBookingParams = Partial<Omit<BookingListQuery, 'mine'>>;

// The roots are shared (lib/shared-keys): a saved booking refreshes the project figures as well.
export const bookingKeys = {
  all: sharedKeys.bookings,
  mine: (params: MyBookingParams) => [...sharedKeys.bookings, 'mine', params] as const,
  bookable: [...sharedKeys.bookings, 'bookable'] as const,
  rate: (projectId: number, taskId: number | null) =>
    [...sharedKeys.bookings, 'rate', projectId, taskId] as const,
  projects: sharedKeys.projects,
};
