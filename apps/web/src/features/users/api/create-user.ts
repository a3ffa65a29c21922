import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUser, User } from '@plainstaff/contracts/users';
import { api } from '../../../lib/api-client';
import { userKeys } from './user-keys';

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUser) => api<User>('/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
