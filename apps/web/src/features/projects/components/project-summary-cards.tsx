import { Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '@plainstaff/contracts/projects';
import { formatHours, formatMoney, formatPercent } from '../../../lib/format';

function Card({
  label,
  value,
  detail,
  children,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  children?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text size="xl" fw={600}>
          {value}
        </Text>
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

export function ProjectSummaryCards({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const { summary: s, currency } = project;
  const percent = s.budgetUsedPercent;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" mb="md">
      <Card label={t('file.booked')} value={formatHours(s.bookedMinutes)} />
      <Card
        label={t('file.billed')}
        value={formatHours(s.billedMinutes)}
        detail={formatMoney(s.invoicedCents, currency)}
      />
      <Card
        label={t('file.unbilled')}
        testId="summary-unbilled"
        value={formatHours(s.unbilledMinutes)}
        detail={formatMoney(s.unbilledCents, currency)}
      />
      <Card
        label={t('file.budgetUse')}
        value={percent === null ? '–' : formatPercent(Math.round(percent * 10) / 10)}
        detail={percent === null ? t('list.noBudget') : undefined}
      >
        {percent !== null && (
          <Progress
            value={Math.min(100, percent)}
            color={percent >= 100 ? 'red' : percent >= 80 ? 'orange' : 'blue'}
            aria-label={t('file.budgetUse')}
          />
        )}
      </Card>
    </SimpleGrid>
  );
}
