import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserList } from '@plainstaff/contracts/users';
import { api } from '../../../lib/api-client';
import { userKeys } from './user-keys';

export const usersQueryOptions = queryOptions({
  queryKey: userKeys.list,
  queryFn: ({ signal }) => api<UserList>('/users', { signal }),
});

export function useUsers() {
  return useQuery(usersQueryOptions);
}
