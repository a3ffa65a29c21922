/**
 * Query keys that more than one feature uses. Features never import each other, yet a saved booking
 * must refresh a project file and an export must refresh every booking list; two features also read
 * the same cache entry (the session, a project). Each feature's `<noun>Keys` factory takes these
 * from here, so both sides build the identical key instead of repeating a string that could drift.
 */
export const sharedKeys = {
  me: ['auth', 'me'] as const,
  bookings: ['bookings'] as const,
  customers: ['customers'] as const,
  projects: ['projects'] as const,
  projectList: ['projects', 'list'] as const,
  project: (id: number) => ['projects', 'detail', id] as const,
  users: ['users'] as const,
  userList: ['users', 'list'] as const,
};
