import type { BookingListQuery } from '@plainstaff/contracts/bookings';
import type { ProjectListQuery } from '@plainstaff/contracts/projects';
import { sharedKeys } from '../../../lib/shared-keys';

/** The part of the query the Projekte page sends. */
export type ProjectListParams = Pick<ProjectListQuery, 'search' | 'status' | 'page' | 'pageSize'>;
/** The part of `GET /api/bookings` the project file sends beside the project id. */
export type ProjectBookingParams = Pick<BookingListQuery, 'billingState' | 'page' | 'pageSize'>;

// Roots are shared with other features (lib/shared-keys), so a booking saved on the Buchungen page
// also refreshes a project file without features importing each other; the session and the user
// list are the very cache entries the auth and users features fill.
export const projectKeys = {
  all: sharedKeys.projects,
  list: (params: ProjectListParams) => [...sharedKeys.projectList, params] as const,
  detail: sharedKeys.project,
  bookings: (id: number, params: ProjectBookingParams) =>
    [...sharedKeys.bookings, 'project', id, params] as const,
  users: sharedKeys.userList,
  me: sharedKeys.me,
};
