import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUser, User } from '@plainstaff/contracts/users';
import { api } from '../../../lib/api-client';
import { userKeys } from './user-keys';

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUser & { id: number }) =>
      api<User>(`/users/${id}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
