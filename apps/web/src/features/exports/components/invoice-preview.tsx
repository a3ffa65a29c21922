import { Alert, Badge, Group, Loader, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoicePreview as Preview } from '@plainstaff/contracts/exports';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate, formatHours } from '../../../lib/format';
import { messageOf } from '../../../lib/query-client';
import { InvoiceLinesTable } from './invoice-lines-table';
import { InvoiceTotals } from './invoice-totals';
import { PreviewNotices } from './preview-notices';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** The invoice as the server computed it for the current selection and options. */
/** The service period in the UI language; billomat's invoice text stays German (preview.servicePeriod.text). */
function periodText(period: Preview['servicePeriod']): string {
  if (!period) return '–';
  const { from, to } = period;
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

export function InvoicePreview({
  preview,
  projectId,
  empty,
  updating,
  error,
}: {
  preview: Preview | undefined;
  projectId: number;
  empty: boolean;
  updating: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('exports');
  return (
    <Paper withBorder radius="md" p="lg" aria-labelledby="preview-heading">
      <Group justify="space-between" mb="md">
        <Title order={4} id="preview-heading">
          {t('preview.heading')}
        </Title>
        {updating && !empty && (
          <Group gap={6}>
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('preview.updating')}
            </Text>
          </Group>
        )}
      </Group>
      {empty ? (
        <EmptyState title={t('preview.emptyTitle')}>{t('preview.emptyHint')}</EmptyState>
      ) : error && !preview ? (
        <Alert color="red" variant="light">
          {messageOf(error)}
        </Alert>
      ) : !preview ? (
        <Stack gap="xs">
          <Skeleton height={20} width="50%" />
          <Skeleton height={120} />
          <Skeleton height={60} width="40%" ml="auto" />
        </Stack>
      ) : (
        <Stack gap="lg" style={{ opacity: updating ? 0.6 : 1, transition: 'opacity 120ms' }}>
          <PreviewNotices preview={preview} projectId={projectId} />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            <Fact label={t('preview.customer')}>
              {preview.customer.name}{' '}
              {!preview.customer.linked && (
                <Badge size="xs" color="red" variant="light">
                  {t('preview.notLinked')}
                </Badge>
              )}
            </Fact>
            <Fact label={t('preview.label')}>{preview.label}</Fact>
            <Fact label={t('preview.servicePeriod')}>{periodText(preview.servicePeriod)}</Fact>
            <Fact label={t('preview.time')}>
              {t('preview.booked', { hours: formatHours(preview.bookedMinutes) })}
              <br />
              {t('preview.billed', { hours: formatHours(preview.billedMinutes) })}
            </Fact>
          </SimpleGrid>
          {preview.intro && (
            <Alert
              variant="light"
              color="gray"
              icon={<IconInfoCircle size={18} />}
              title={t('preview.intro')}
            >
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {preview.intro}
              </Text>
            </Alert>
          )}
          <InvoiceLinesTable lines={preview.lines} currency={preview.currency} />
          <Group justify="flex-end">
            <InvoiceTotals preview={preview} />
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
