import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUser, UpdateUser, User } from '@plainstaff/contracts/users';
import { api } from '../../../lib/api-client';

export const userKeys = { all: ['users'] as const, list: () => [...userKeys.all, 'list'] as const };

export const usersQueryOptions = queryOptions({
  queryKey: userKeys.list(),
  queryFn: ({ signal }) => api<{ items: User[] }>('/users', { signal }),
});

export function useUsers() {
  return useQuery(usersQueryOptions);
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUser) => api<User>('/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUser & { id: number }) =>
      api<User>(`/users/${id}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
