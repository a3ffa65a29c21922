import { useQuery } from '@tanstack/react-query';
import type { UserList } from '@plainstaff/contracts/users';
import { api } from '../../../lib/api-client';
import { projectKeys } from './project-keys';

/** Employees that can be assigned to a project (admins and managers may list users). */
export function useAssignableUsers(enabled = true) {
  return useQuery({
    queryKey: projectKeys.users,
    queryFn: ({ signal }) => api<UserList>('/users', { signal }),
    select: (list) => list.items.filter((u) => u.active),
    enabled,
  });
}
