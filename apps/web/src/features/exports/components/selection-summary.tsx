import { Button, Group, Text } from '@mantine/core';
import { IconChecks, IconSquareOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatCentsDe } from '@plainstaff/contracts/money';
import { formatHours } from '../../../lib/format';
import classes from './booking-grid.module.css';
import type { Selection } from './use-selection';

/** The sticky bar under the grid: what is selected, live. */
export function SelectionSummary({
  selection,
  total,
  currency,
}: {
  selection: Selection;
  total: number;
  currency: string;
}) {
  const { t } = useTranslation('exports');
  return (
    <Group className={classes.footer} justify="space-between" wrap="nowrap" role="status" aria-live="polite">
      <Group gap="lg" wrap="nowrap">
        <Text size="sm" data-testid="selection-count">
          {t('summary.selected', { count: selection.size, total })}
        </Text>
        <Text size="sm" fw={600} data-testid="selection-hours">
          {formatHours(selection.minutes)}
        </Text>
        <Text size="sm" fw={600} data-testid="selection-amount">
          {formatCentsDe(selection.amountCents, currency)}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconChecks size={16} />}
          onClick={selection.selectAll}
          disabled={selection.selectableCount === 0 || selection.size === selection.selectableCount}
        >
          {t('summary.selectAll')}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          leftSection={<IconSquareOff size={16} />}
          onClick={selection.clear}
          disabled={selection.size === 0}
        >
          {t('summary.clear')}
        </Button>
      </Group>
    </Group>
  );
}
