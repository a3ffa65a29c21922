import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BillingRunItem } from '@plainstaff/contracts/billing-runs';
import { formatDate, formatDateTime, formatHours, formatMoney } from '../../../lib/format';
import { messageOf } from '../../../lib/query-client';
import { useBillingRun } from '../api/get-billing-run';
import { ItemStatusBadge, RunStatusBadge } from './status-badge';
import { renderMessage } from '../../../lib/messages';
import { invoiceNumberText } from '../../../lib/invoice-number';

/** One run's report: every project with its invoice or the reason it was skipped, and totals. */
export function ReportDetail({ runId, onBack }: { runId: number; onBack: () => void }) {
  const { t } = useTranslation('billing-runs');
  const run = useBillingRun(runId);
  const r = run.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack} mb="sm" px={0}>
        {t('reports.back')}
      </Button>
      {run.isError && <Alert color="red">{messageOf(run.error)}</Alert>}
      {run.isPending && <Skeleton h={200} />}
      {r && (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={4}>{t('report.title', { date: formatDateTime(r.createdAt) })}</Title>
              <Text size="sm" c="dimmed">
                {r.createdByName ? t('report.by', { name: r.createdByName }) : t('report.bySchedule')} ·{' '}
                {t('reports.cutoff')} {formatDate(r.cutoffDate)}
              </Text>
            </div>
            <RunStatusBadge status={r.status} />
          </Group>
          <Text fw={600} data-testid="report-summary">
            {t('report.summary', { ...r.counts, count: r.counts.done })} ·{' '}
            {t('report.totals', {
              net: formatMoney(r.totalNetCents),
              gross: formatMoney(r.totalGrossCents),
            })}
          </Text>
          {r.error && <Alert color="red">{renderMessage(r.error)}</Alert>}
          <Table.ScrollContainer minWidth={860}>
            <Table striped aria-label={t('report.title', { date: formatDateTime(r.createdAt) })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('preview.project')}</Table.Th>
                  <Table.Th>{t('preview.customer')}</Table.Th>
                  <Table.Th>{t('report.status')}</Table.Th>
                  <Table.Th>{t('report.invoice')}</Table.Th>
                  <Table.Th ta="right">{t('preview.hours')}</Table.Th>
                  <Table.Th ta="right">{t('preview.net')}</Table.Th>
                  <Table.Th ta="right">{t('preview.gross')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('report.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.items.map((i) => (
                  <ItemRow key={i.id} item={i} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Paper>
  );
}

function ItemRow({ item: i }: { item: BillingRunItem }) {
  const { t } = useTranslation('billing-runs');
  const billed = i.status === 'done';
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor
          component={Link}
          to={`/projekte/${i.projectId}`}
          size="sm"
          fw={600}
          style={{ whiteSpace: 'nowrap' }}
        >
          {i.projectNumber}
        </Anchor>
        <Text size="xs" c="dimmed">
          {i.projectName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{i.customerName}</Text>
      </Table.Td>
      <Table.Td>
        <ItemStatusBadge status={i.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {invoiceNumberText(i.invoiceNumber) ??
          (i.billomatInvoiceId !== null ? t('report.draft', { id: i.billomatInvoiceId }) : '–')}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {billed ? formatHours(i.billedMinutes) : '–'}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {billed ? formatMoney(i.totalNetCents) : '–'}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {billed ? formatMoney(i.totalGrossCents) : '–'}
      </Table.Td>
      <Table.Td maw={420}>
        <Text size="xs" c={i.status === 'done' ? 'dimmed' : 'orange.8'}>
          {i.reason ? renderMessage(i.reason) : ''}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
