import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BillingRunDetail } from '@plainstaff/contracts/billing-runs';
import { messageOf } from '../../../lib/query-client';
import { useCancelBillingRun } from '../api/cancel-billing-run';
import { berlinTime } from './run-format';

/** Live progress of the active run: done / total, the current project, a pause for the rate limit. */
export function RunProgress({ run }: { run: BillingRunDetail }) {
  const { t } = useTranslation('billing-runs');
  const cancel = useCancelBillingRun();
  const { total, pending } = run.counts;
  const finished = total - pending;
  const waiting = run.status === 'waiting' && run.waitingUntil;
  return (
    <Paper withBorder p="md" radius="md" mb="lg" aria-label={t('progress.title')} role="region">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={4}>{t('progress.title')}</Title>
          <Button
            variant="default"
            color="red"
            onClick={() => cancel.mutate(run.id)}
            loading={cancel.isPending}
            disabled={run.cancelRequested}
          >
            {t('progress.cancel')}
          </Button>
        </Group>
        <Progress
          value={total === 0 ? 100 : (finished / total) * 100}
          size="lg"
          striped
          animated
          aria-label={t('progress.title')}
        />
        <Text fw={600} data-testid="run-progress">
          {t('progress.count', { done: finished, total })}
          {run.current &&
            ` – ${t('progress.current', { project: `${run.current.projectNumber} ${run.current.projectName}` })}`}
        </Text>
        {waiting && (
          <Alert
            color="yellow"
            icon={<IconClockPause size={18} />}
            title={t('progress.waiting', { time: berlinTime(run.waitingUntil) })}
          >
            {t('progress.waitingHint')}
          </Alert>
        )}
        {run.cancelRequested && <Text c="dimmed">{t('progress.cancelling')}</Text>}
        {cancel.isError && <Alert color="red">{messageOf(cancel.error)}</Alert>}
      </Stack>
    </Paper>
  );
}
