import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language, MeResponse, PreferencesRequest } from '@plainstaff/contracts/auth';
import type { Ok } from '@plainstaff/contracts/common';
import { api } from '../../../lib/api-client';
import { setUiLanguage } from '../../../lib/i18n';
import { authKeys } from './auth-keys';

/** The language is remembered per user on the server and applied at the next login. */
export function useSetLanguage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) =>
      api<Ok>('/auth/me/preferences', { method: 'PUT', body: { language } satisfies PreferencesRequest }),
    onMutate: (language) => {
      setUiLanguage(language);
      qc.setQueryData<MeResponse>(authKeys.me, (me) => (me ? { ...me, user: { ...me.user, language } } : me));
    },
  });
}
