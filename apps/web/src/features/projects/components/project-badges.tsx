import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, ProjectSummary } from '@plainstaff/contracts/projects';
import { formatHours, formatMoney, formatPercent } from '../../../lib/format';
import { NO_TRUNCATE } from '../../../components/ui/no-truncate';

const STATUS_COLOR: Record<ProjectStatus, string> = { planned: 'gray', running: 'blue', completed: 'green' };

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation('projects');
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} size="sm" styles={NO_TRUNCATE}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** "12,50 Std. · 1.187,50 €" — what is booked but not yet invoiced. */
export function UnbilledBadge({ summary, currency }: { summary: ProjectSummary; currency: string }) {
  const { t } = useTranslation('projects');
  if (summary.unbilledMinutes === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('list.nothingUnbilled')}
      </Text>
    );
  return (
    <Badge variant="light" color="orange" size="md" tt="none" fw={500} styles={NO_TRUNCATE}>
      {formatHours(summary.unbilledMinutes)} · {formatMoney(summary.unbilledCents, currency)}
    </Badge>
  );
}

export function BudgetUse({ percent }: { percent: number | null }) {
  const { t } = useTranslation('projects');
  if (percent === null)
    return (
      <Text size="xs" c="dimmed">
        {t('list.noBudget')}
      </Text>
    );
  const color = percent >= 100 ? 'red' : percent >= 80 ? 'orange' : 'blue';
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={Math.min(100, percent)}
        color={color}
        size="md"
        w={90}
        aria-label={t('list.budgetUse')}
      />
      <Text size="xs" c={percent >= 100 ? 'red' : 'dimmed'} w={52}>
        {formatPercent(Math.round(percent))}
      </Text>
    </Group>
  );
}
