import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { ApiError } from './api-client';
import { i18n } from './i18n';
import { renderMessage } from './messages';

let onUnauthenticated: () => void = () => undefined;

/** The router registers how to get to the login page; the query client stays free of UI stores. */
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn;
}

function handle(error: unknown, silent: boolean) {
  if (error instanceof ApiError && error.status === 401) {
    onUnauthenticated();
    return;
  }
  if (silent) return;
  notifications.show({ color: 'red', title: i18n.t('common:error.title'), message: messageOf(error) });
}

/** An error in the UI language: the server's code and params, rendered from locales/<lng>/messages.json. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return renderMessage(error);
  return i18n.t('common:error.unexpected');
}

/** One global error handler: 401 → login; other query errors as a notification. */
export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handle(error, query.meta?.silent === true) }),
    // Mutations show their errors where they happen (forms map `details` onto fields); 401 still goes to login.
    mutationCache: new MutationCache({
      onError: (error, _v, _c, mutation) => handle(error, mutation.meta?.globalError !== true),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
