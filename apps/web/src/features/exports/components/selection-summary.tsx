import { Button, Group, Skeleton, Text } from '@mantine/core';
import { IconChecks, IconSquareOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_SELECTION_IDS, type SelectionTotals } from '@plainstaff/contracts/export-selection';
import { formatCentiHours, formatClock, formatMoney } from '../../../lib/format';
import classes from './booking-grid.module.css';
import { isEmptyHere, isEverything } from './selection';
import type { Selection } from './use-selection';

/**
 * The bar under the grid: what the selection bills, as the server counted it (one aggregate over
 * the filter, never a sum over rows in the browser). The last figures stay while new ones come.
 */
export function SelectionSummary({
  selection,
  totals,
  updating,
  currency,
}: {
  selection: Selection;
  totals: SelectionTotals | undefined;
  updating: boolean;
  currency: string;
}) {
  const { t } = useTranslation('exports');
  const busy = updating || selection.rangePending;
  const everything = isEverything(selection.state) || totals?.selectableCount === 0;
  const nothing = isEmptyHere(selection.state) || totals?.selectedCount === 0;
  return (
    <Group className={classes.footer} justify="space-between" wrap="nowrap" role="status" aria-live="polite">
      {totals ? (
        <Group gap="lg" wrap="nowrap" style={{ opacity: busy ? 0.6 : 1 }} aria-busy={busy}>
          <Text size="sm" data-testid="selection-count">
            {t('summary.selected', { count: totals.selectedCount, total: totals.filteredCount })}
          </Text>
          <Text size="sm" fw={600} data-testid="selection-hours">
            {formatCentiHours(totals.quantityHundredths)}
          </Text>
          {totals.billedMinutes !== totals.bookedMinutes && (
            <Text size="xs" c="dimmed">
              {t('summary.booked', { time: formatClock(totals.bookedMinutes) })}
            </Text>
          )}
          <Text size="sm" fw={600} data-testid="selection-amount">
            {formatMoney(totals.amountCents, currency)}
          </Text>
          {totals.unpricedCount > 0 && (
            <Text size="xs" c="orange">
              {t('summary.unpriced', { count: totals.unpricedCount })}
            </Text>
          )}
        </Group>
      ) : (
        <Skeleton height={16} width={320} />
      )}
      {selection.tooMany && (
        <Text size="xs" c="red" role="alert">
          {t('summary.tooMany', { max: MAX_SELECTION_IDS })}
        </Text>
      )}
      <Group gap="xs" wrap="nowrap">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconChecks size={16} />}
          onClick={selection.selectAll}
          disabled={everything}
        >
          {t('summary.selectAll')}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          leftSection={<IconSquareOff size={16} />}
          onClick={selection.clear}
          disabled={nothing}
        >
          {t('summary.clear')}
        </Button>
      </Group>
    </Group>
  );
}
