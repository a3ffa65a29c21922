import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, MeResponse } from '@plainstaff/contracts/auth';
import { api } from '../../../lib/api-client';
import { setUiLanguage } from '../../../lib/i18n';
import { authKeys } from './auth-keys';

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api<MeResponse>('/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      qc.setQueryData(authKeys.me, me);
      setUiLanguage(me.user.language);
    },
  });
}
