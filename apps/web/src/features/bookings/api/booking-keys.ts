import type { BookingListQuery } from '@plainstaff/contracts/bookings';

export type MyBookingParams = Partial<Omit<BookingListQuery, 'mine'>>;

// 'bookings' and 'projects' are shared roots: a saved booking refreshes the project figures as well.
export const bookingKeys = {
  all: ['bookings'] as const,
  mine: (params: MyBookingParams) => ['bookings', 'mine', params] as const,
  bookable: ['bookings', 'bookable'] as const,
  rate: (projectId: number, taskId: number | null) => ['bookings', 'rate', projectId, taskId] as const,
  projects: ['projects'] as const,
};
