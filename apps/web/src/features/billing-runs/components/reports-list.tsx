import { Anchor, Paper, Skeleton, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { useBillingRuns } from '../api/list-billing-runs';
import { RunStatusBadge } from './status-badge';

/** Every run, kept: when, how, how many invoices, skipped and failed projects. */
export function ReportsList({ onOpen }: { onOpen: (runId: number) => void }) {
  const { t } = useTranslation('billing-runs');
  const runs = useBillingRuns();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('reports.title')}
      </Title>
      {runs.isPending && <Skeleton h={80} />}
      {runs.data && runs.data.items.length === 0 && <EmptyState title={t('reports.empty')} />}
      {runs.data && runs.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover aria-label={t('reports.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.started')}</Table.Th>
                <Table.Th>{t('reports.trigger')}</Table.Th>
                <Table.Th>{t('reports.cutoff')}</Table.Th>
                <Table.Th>{t('reports.status')}</Table.Th>
                <Table.Th ta="right">{t('reports.invoices')}</Table.Th>
                <Table.Th ta="right">{t('reports.skipped')}</Table.Th>
                <Table.Th ta="right">{t('reports.failed')}</Table.Th>
                <Table.Th ta="right">{t('reports.gross')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => onOpen(r.id)}
                      aria-label={`${t('reports.open')} ${formatDateTime(r.createdAt)}`}
                    >
                      {formatDateTime(r.createdAt)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {r.trigger === 'schedule' ? t('reports.schedule') : t('reports.manual')}
                  </Table.Td>
                  <Table.Td>{formatDate(r.cutoffDate)}</Table.Td>
                  <Table.Td>
                    <RunStatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td ta="right">{r.counts.done}</Table.Td>
                  <Table.Td ta="right">{r.counts.skipped}</Table.Td>
                  <Table.Td ta="right">{r.counts.failed}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(r.totalGrossCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
