import { Alert, Anchor, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconExternalLink, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Export } from '@plainstaff/contracts/exports';
import { HelpButton } from '../../../components/ui/help-button';
import { formatDate, formatHours, formatMoney } from '../../../lib/format';
import { ExportStatusBadge, InvoiceStatusBadge } from './export-badges';
import { renderMessage } from '../../../lib/messages';
import { invoiceNumberText } from '../../../lib/invoice-number';

/** What happened after "Nach billomat exportieren": the invoice, or an outcome still to be checked. */
export function ExportResult({
  result,
  onRetry,
  retrying,
  onNext,
}: {
  result: Export;
  onRetry: () => void;
  retrying: boolean;
  onNext: () => void;
}) {
  const { t } = useTranslation('exports');
  const money = (cents: number) => formatMoney(cents, result.currency);
  // The button that exported may be gone now: the keyboard continues from the result, which is read out.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus({ preventScroll: false });
  }, [result.id, result.status]);

  if (result.status === 'pending' || result.status === 'failed')
    return (
      <Alert
        ref={box}
        tabIndex={-1}
        color={result.status === 'failed' ? 'red' : 'yellow'}
        title={result.status === 'failed' ? t('result.failedTitle') : t('result.pendingTitle')}
        role="alert"
      >
        <Stack gap="sm">
          <Text size="sm">{result.error ? renderMessage(result.error) : t('result.pendingText')}</Text>
          <Group gap="xs">
            <Button
              size="sm"
              variant="white"
              color="dark"
              leftSection={<IconRefresh size={16} />}
              onClick={onRetry}
              loading={retrying}
            >
              {t('result.check')}
            </Button>
            <HelpButton
              topic="nach-dem-export"
              about={result.status === 'failed' ? t('result.failedTitle') : t('result.pendingTitle')}
              size="md"
            />
          </Group>
        </Stack>
      </Alert>
    );

  return (
    <Paper
      ref={box}
      tabIndex={-1}
      withBorder
      radius="md"
      p="lg"
      bg="green.0"
      data-testid="export-result"
      role="region"
      aria-labelledby="export-result-title"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group align="flex-start" wrap="nowrap">
          <ThemeIcon color="green" size={40} radius="xl" variant="light">
            <IconCircleCheck size={24} />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={4} id="export-result-title">
              {t('result.title', { number: invoiceNumberText(result.invoiceNumber) ?? '–' })}
            </Title>
            <Group gap="xs">
              <ExportStatusBadge status={result.status} />
              <InvoiceStatusBadge status={result.invoiceStatus} />
            </Group>
            <Text size="sm" c="dimmed">
              {t('result.summary', {
                date: formatDate(result.invoiceDate),
                count: result.bookingCount,
                hours: formatHours(result.billedMinutes),
              })}
            </Text>
            <Text size="sm">
              {t('result.totals', { net: money(result.totalNetCents), gross: money(result.totalGrossCents) })}
            </Text>
            {result.billomatTotalsDiffer && result.billomatTotals && (
              <Text size="sm" c="orange" role="status">
                {t('result.billomatTotalsDiffer', {
                  amount: money(
                    Math.abs(result.billomatTotals.grossCents - result.totalGrossCents) ||
                      Math.abs(result.billomatTotals.netCents - result.totalNetCents),
                  ),
                  net: money(result.billomatTotals.netCents),
                  gross: money(result.billomatTotals.grossCents),
                })}
              </Text>
            )}
            {!result.markAsBilled && (
              <Text size="xs" c="dimmed">
                {t('result.notMarked')}
              </Text>
            )}
          </Stack>
        </Group>
        <Stack gap="xs" align="flex-end">
          {result.billomatUrl && (
            <Button
              component="a"
              href={result.billomatUrl}
              target="_blank"
              rel="noreferrer"
              rightSection={<IconExternalLink size={16} />}
            >
              {t('result.open')}
            </Button>
          )}
          <Group gap="xs">
            <Anchor component={Link} to={`/projekte/${result.projectId}`} size="sm">
              {t('result.toProject')}
            </Anchor>
            <Text c="dimmed" size="sm">
              ·
            </Text>
            <Anchor component="button" type="button" size="sm" onClick={onNext}>
              {t('result.next')}
            </Anchor>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
