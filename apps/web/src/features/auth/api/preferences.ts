import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language, MeResponse } from '@plainstaff/contracts/auth';
import { api } from '../../../lib/api-client';
import { setUiLanguage } from '../../../lib/i18n';
import { authKeys } from './me';

/** The language is remembered per user on the server and applied at the next login. */
export function useSetLanguage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => api('/auth/me/preferences', { method: 'PUT', body: { language } }),
    onMutate: (language) => {
      setUiLanguage(language);
      qc.setQueryData<MeResponse>(authKeys.me, (me) => (me ? { ...me, user: { ...me.user, language } } : me));
    },
  });
}
