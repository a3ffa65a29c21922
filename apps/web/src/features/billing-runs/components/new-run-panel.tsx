import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDate } from '../../../lib/format';
import { messageOf } from '../../../lib/query-client';
import { useBillingRunPreview } from '../api/preview-billing-run';
import { useStartBillingRun } from '../api/start-billing-run';
import { PreviewTable } from './preview-table';
import { QuotaEstimate } from './quota-estimate';
import { endOfLastMonth, today } from './run-format';

/** Cut-off, invoice date, preview with selection, request estimate and the start button. */
export function NewRunPanel({ onStarted }: { onStarted: (runId: number) => void }) {
  const { t } = useTranslation('billing-runs');
  const [cutoffDate, setCutoff] = useState(endOfLastMonth());
  const [invoiceDate, setInvoiceDate] = useState(today());
  const [draftsOnly, setDraftsOnly] = useState(false);
  const options = { cutoffDate, invoiceDate, draftsOnly };
  const preview = useBillingRunPreview(options, Boolean(cutoffDate && invoiceDate));
  const start = useStartBillingRun();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const items = useMemo(() => preview.data?.items ?? [], [preview.data]);
  // Default: every project that is ready (customer linked, priced hours).
  useEffect(() => setSelected(new Set(items.filter((i) => i.ready).map((i) => i.projectId))), [items]);
  const chosen = items.filter((i) => i.ready && selected.has(i.projectId));

  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Stack>
        <Title order={4}>{t('options.title')}</Title>
        <Group align="flex-end" wrap="wrap">
          <DateInput
            label={t('options.cutoff')}
            description={t('options.cutoffHint')}
            value={cutoffDate}
            onChange={(v) => v && setCutoff(v)}
            w={220}
          />
          <DateInput
            label={t('options.invoiceDate')}
            description=" "
            value={invoiceDate}
            onChange={(v) => v && setInvoiceDate(v)}
            w={180}
          />
          <Switch
            label={t('options.draftsOnly')}
            description={t('options.draftsOnlyHint')}
            checked={draftsOnly}
            onChange={(e) => setDraftsOnly(e.currentTarget.checked)}
            maw={360}
            mb={4}
          />
          <Button
            variant="subtle"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void preview.refetch()}
            loading={preview.isFetching}
            ml="auto"
          >
            {t('preview.reload')}
          </Button>
        </Group>
        <Title order={5}>{t('preview.title')}</Title>
        {preview.isError && <Alert color="red">{messageOf(preview.error)}</Alert>}
        {preview.isPending && <Skeleton h={160} aria-label={t('preview.loading')} />}
        {preview.data && items.length === 0 && (
          <EmptyState title={t('preview.empty', { date: formatDate(cutoffDate) })} />
        )}
        {preview.data && items.length > 0 && (
          <>
            <PreviewTable items={items} selected={selected} onChange={setSelected} />
            <Group justify="space-between" align="center" wrap="nowrap">
              <QuotaEstimate estimate={preview.data.estimate} completes={chosen.map((i) => i.complete)} />
              <Button
                size="md"
                style={{ flexShrink: 0 }}
                leftSection={<IconPlayerPlay size={18} />}
                disabled={chosen.length === 0}
                loading={start.isPending}
                onClick={() =>
                  start.mutate(
                    { ...options, projectIds: chosen.map((i) => i.projectId) },
                    { onSuccess: (run) => onStarted(run.id) },
                  )
                }
              >
                {t('start')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" ta="right">
              {t('startCount', { count: chosen.length })}
            </Text>
          </>
        )}
        {start.isError && <Alert color="red">{messageOf(start.error)}</Alert>}
      </Stack>
    </Paper>
  );
}
