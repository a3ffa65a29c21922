import { Button, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, useSyncExternalStore } from 'react';
import type { CustomerImportRun } from '@plainstaff/contracts/customer-import';
import { customerImportKeys } from '../api/customer-import-keys';
import { confirmRelink } from '../api/confirm-relink';
import { followImport } from '../api/follow-import';
import { importStatusQueryOptions } from '../api/get-import-status';
import { renderMessage } from '../../../lib/messages';
import { messageOf } from '../../../lib/query-client';

// One notification per run: a finished run's summary may still be on screen when the next starts.
const notificationId = (run: CustomerImportRun) => `customer-import-${run.id}`;

// One import at a time per server, so one tracker per tab: it outlives the dialog that started it.
let followed: number | null = null;
const listeners = new Set<() => void>();
const setFollowed = (id: number | null) => {
  followed = id;
  listeners.forEach((l) => l());
};

export function useImportRunning(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => followed !== null,
  );
}

export function summaryText(run: CustomerImportRun, t: TFunction<'customer-import'>): string {
  const s = run.summary;
  const parts = [t('summary', { created: s.created, updated: s.updated, unchanged: s.unchanged })];
  if (s.linked) parts.push(t('linked', { count: s.linked }));
  if (s.missing) parts.push(t('missing', { count: s.missing }));
  return parts.join(' · ');
}

function ImportProgress({ run, t }: { run: CustomerImportRun; t: TFunction<'customer-import'> }) {
  const total = run.pagesTotal;
  // Until billomat names the page count, a full striped bar says "working" rather than an empty one.
  const value = total ? Math.round((run.pagesDone / total) * 100) : 100;
  const label = total ? t('pages', { done: run.pagesDone, total }) : t('connecting');
  return (
    <Stack gap={6} mt={4}>
      <Progress value={value} striped={!total} animated={!total} aria-label={t('progressLabel')} />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

function show(run: CustomerImportRun, t: TFunction<'customer-import'>, first: boolean) {
  const base = { id: notificationId(run), withCloseButton: false, autoClose: false as const, loading: true };
  const message = <ImportProgress run={run} t={t} />;
  if (first) notifications.show({ ...base, title: t('running'), message });
  else notifications.update({ ...base, title: t('running'), message });
}

const refreshLists = (qc: QueryClient) => {
  // Only the lists: the form of an open project dialog keeps its values, and so its selection.
  for (const queryKey of customerImportKeys.afterImport) void qc.invalidateQueries({ queryKey });
};

/**
 * Clients the import held back (issue 19): a customer of another billomat account has their client
 * number. They are linked only when the user says so here; nothing is relinked silently.
 */
function RelinkOffer({
  run,
  qc,
  t,
}: {
  run: CustomerImportRun;
  qc: QueryClient;
  t: TFunction<'customer-import'>;
}) {
  const [state, setState] = useState<{ busy: boolean; done: number | null; error: string | null }>({
    busy: false,
    done: null,
    error: null,
  });
  const relink = () => {
    setState({ busy: true, done: null, error: null });
    confirmRelink(run.id).then(
      (r) => {
        setState({ busy: false, done: r.relinked, error: null });
        refreshLists(qc);
      },
      (e: unknown) => setState({ busy: false, done: null, error: messageOf(e) }),
    );
  };
  return (
    <Stack gap={6} mt={4}>
      <Text size="sm">{summaryText(run, t)}</Text>
      {state.done === null ? (
        <>
          <Text size="sm">
            {t('relink.offer', { count: run.summary.relinkable, account: run.billomatAccount ?? '' })}
          </Text>
          <Button size="xs" onClick={relink} loading={state.busy} style={{ alignSelf: 'flex-start' }}>
            {t('relink.confirm', { count: run.summary.relinkable })}
          </Button>
        </>
      ) : (
        <Text size="sm" role="status">
          {t('relink.done', { count: state.done })}
        </Text>
      )}
      {state.error && (
        <Text size="sm" c="red" role="alert">
          {state.error}
        </Text>
      )}
    </Stack>
  );
}

function finish(run: CustomerImportRun, qc: QueryClient, t: TFunction<'customer-import'>) {
  const ok = run.status === 'completed';
  const offer = ok && run.summary.relinkable > 0;
  notifications.update({
    id: notificationId(run),
    loading: false,
    withCloseButton: true,
    autoClose: ok && !offer ? 10_000 : false,
    color: ok ? 'green' : 'red',
    title: ok ? t('doneTitle') : t('failedTitle'),
    message: offer ? (
      <RelinkOffer run={run} qc={qc} t={t} />
    ) : ok ? (
      summaryText(run, t)
    ) : run.error ? (
      renderMessage(run.error)
    ) : (
      t('failed')
    ),
  });
  refreshLists(qc);
  void qc.invalidateQueries({ queryKey: customerImportKeys.status });
  setFollowed(null);
}

/** Shows a run's progress as a notification with a progress bar, then the summary. */
export function trackImport(run: CustomerImportRun, qc: QueryClient, t: TFunction<'customer-import'>) {
  if (followed === run.id) return;
  setFollowed(run.id);
  show(run, t, true);
  followImport(run.id, {
    onEvent: (event, next) => (event === 'progress' ? show(next, t, false) : finish(next, qc, t)),
    onLost: () => {
      void qc.fetchQuery({ ...importStatusQueryOptions(), staleTime: 0 }).then(
        (s) => finish(s.lastRun ?? { ...run, status: 'failed' }, qc, t),
        () => finish({ ...run, status: 'failed' }, qc, t),
      );
    },
  });
}
