import { Alert, Button, Group, Paper, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Export } from '@plainstaff/contracts/exports';
import { EmptyState } from '../../../components/ui/empty-state';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { messageOf } from '../../../lib/query-client';
import { useProjectExports } from '../api/get-exports';
import { useRetryExport } from '../api/retry-export';
import { useUndoExport } from '../api/undo-export';
import { ExportRow } from './export-row';
import { UndoDialog } from './undo-dialog';

/** The "Rechnungen" tab of the project file: every export, its lines, undo and retry. */
export function InvoicesTab({ projectId }: { projectId: number }) {
  const { t } = useTranslation('exports');
  const exports = useProjectExports(projectId);
  const undo = useUndoExport();
  const retry = useRetryExport();
  // `?export=ID` (a link from the export page's grid): that export is opened and brought into view.
  const shown = Number(useSearchParams()[0].get('export')) || null;
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set(shown ? [shown] : []));
  const [undoTarget, setUndoTarget] = useState<Export | null>(null);

  const fail = (error: unknown) =>
    notifications.show({ color: 'red', title: t('error.title'), message: messageOf(error) });
  const toggle = (id: number) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const items = exports.data?.pages.flatMap((p) => p.items) ?? [];
  // A link to an export older than the loaded pages: load on until it is there (or none are left).
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = exports;
  // (The page count is a dependency: a fast answer may never show a render with isFetchingNextPage.)
  // Newest first by id: once the pages reach below the linked id, it is not there (undone long ago,
  // another project): loading stops rather than walking every page.
  const oldest = items.at(-1)?.id;
  const missing =
    shown !== null &&
    exports.isSuccess &&
    oldest !== undefined &&
    oldest > shown &&
    !items.some((e) => e.id === shown);
  const pages = exports.data?.pages.length ?? 0;
  useEffect(() => {
    if (missing && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [missing, hasNextPage, isFetchingNextPage, fetchNextPage, pages]);

  if (exports.isPending) return <TableSkeleton />;
  // An older page that failed keeps the invoices already shown (below: a retry instead of the button).
  if (exports.isError && !exports.data) return <Alert color="red">{t('tab.loadError')}</Alert>;

  return (
    <Paper withBorder p="md" radius="md">
      {items.length === 0 ? (
        <EmptyState title={t('tab.empty')}>{t('tab.emptyHint')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" aria-label={t('tab.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tab.invoice')}</Table.Th>
                <Table.Th>{t('tab.date')}</Table.Th>
                <Table.Th>{t('tab.status')}</Table.Th>
                <Table.Th>{t('tab.bookings')}</Table.Th>
                <Table.Th ta="right">{t('tab.net')}</Table.Th>
                <Table.Th ta="right">{t('tab.gross')}</Table.Th>
                <Table.Th ta="right">{t('tab.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <ExportRow
                  key={item.id}
                  item={item}
                  expanded={expanded.has(item.id)}
                  shown={item.id === shown}
                  onExpand={() => toggle(item.id)}
                  onUndo={() => setUndoTarget(item)}
                  onRetry={() =>
                    retry.mutate(item.id, {
                      onSuccess: (r) =>
                        notifications.show({
                          color: r.status === 'created' ? 'green' : 'yellow',
                          message: t('tab.retried', { status: t(`status.${r.status}`) }),
                        }),
                      onError: fail,
                    })
                  }
                  busy={retry.isPending && retry.variables === item.id}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {exports.isFetchNextPageError && (
        <Alert color="red" mt="md">
          {t('tab.moreError')}
        </Alert>
      )}
      {hasNextPage && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {exports.isFetchNextPageError ? t('tab.moreRetry') : t('tab.more')}
          </Button>
        </Group>
      )}
      <UndoDialog
        target={undoTarget}
        loading={undo.isPending}
        onClose={() => setUndoTarget(null)}
        onConfirm={() =>
          undoTarget &&
          undo.mutate(undoTarget.id, {
            onSuccess: () => {
              setUndoTarget(null);
              notifications.show({ color: 'green', message: t('tab.undone') });
            },
            onError: (error) => {
              setUndoTarget(null);
              fail(error);
            },
          })
        }
      />
    </Paper>
  );
}

/** The tab's label, in the exports namespace. */
export function InvoicesTabLabel() {
  const { t } = useTranslation('exports');
  return <>{t('tab.title')}</>;
}
