import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OverviewInvoices } from '@plainstaff/contracts/overview';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { messageOf } from '../../../lib/query-client';
import { useRefreshStatus } from '../api/refresh-status';
import { useReleaseExport } from '../api/release-export';
import { invoiceNumberText } from '../../../lib/invoice-number';

export function InvoiceStatusPanel({ invoices }: { invoices: OverviewInvoices }) {
  const { t } = useTranslation('overview');
  const refresh = useRefreshStatus();
  const release = useReleaseExport();

  const onRefresh = () =>
    refresh.mutate(undefined, {
      onSuccess: (r) =>
        notifications.show({
          color: 'teal',
          message: [
            t('status.refreshed', { ...r, count: r.checked }),
            r.notFound > 0 ? t('status.notFound', { count: r.notFound }) : '',
          ]
            .filter(Boolean)
            .join(' '),
        }),
      onError: (e) => notifications.show({ color: 'red', message: messageOf(e) }),
    });
  const onRelease = (exportId: number) =>
    release.mutate(exportId, {
      onSuccess: (r) =>
        notifications.show({ color: 'teal', message: t('status.released', { count: r.releasedBookings }) }),
      onError: (e) => notifications.show({ color: 'red', message: messageOf(e) }),
    });

  const notes = [
    invoices.draftCount > 0 ? t('status.drafts', { count: invoices.draftCount }) : null,
    invoices.unknownCount > 0 ? t('status.unknown', { count: invoices.unknownCount }) : null,
  ].filter(Boolean);

  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={4}>{t('status.title')}</Title>
          <Text size="sm" c="dimmed">
            {invoices.lastRefreshAt
              ? t('status.lastRefresh', { at: formatDateTime(invoices.lastRefreshAt) })
              : t('status.never')}
            {notes.length > 0 && ` · ${notes.join(' · ')}`}
          </Text>
        </Stack>
        <Button leftSection={<IconRefresh size={16} />} loading={refresh.isPending} onClick={onRefresh}>
          {t('status.refresh')}
        </Button>
      </Group>
      {invoices.cancelled.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('status.cancelledTitle')} mt="md">
          <Text size="sm" mb="xs">
            {t('status.cancelledText')}
          </Text>
          <Stack gap="xs">
            {invoices.cancelled.map((c) => (
              <Group key={c.exportId} justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <b>
                    {t('status.invoice', { number: invoiceNumberText(c.invoiceNumber) ?? `#${c.exportId}` })}
                  </b>{' '}
                  · {c.projectNumber} {c.projectName} · {formatMoney(c.totalGrossCents, c.currency)} ·{' '}
                  {t('status.bookings', { count: c.billedBookingCount })}
                </Text>
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  loading={release.isPending && release.variables === c.exportId}
                  onClick={() => onRelease(c.exportId)}
                >
                  {t('status.release')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
    </Paper>
  );
}
