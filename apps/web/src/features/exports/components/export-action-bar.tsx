import { Button, Group, Paper, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SelectionTotals } from '@plainstaff/contracts/export-selection';
import type { InvoicePreview } from '@plainstaff/contracts/exports';
import { formatCentiHours, formatMoney } from '../../../lib/format';

/** Stays at the bottom of the window: what will be sent, and the one button that sends it. */
export function ExportActionBar({
  preview,
  totals,
  currency,
  disabledReason,
  loading,
  onExport,
}: {
  preview: InvoicePreview | undefined;
  /** The selection's figures from the server. */
  totals: SelectionTotals | undefined;
  currency: string;
  disabledReason: string | null;
  loading: boolean;
  onExport: () => void;
}) {
  const { t } = useTranslation('exports');
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      shadow="md"
      style={{ position: 'sticky', bottom: 12, zIndex: 5 }}
      data-testid="export-action-bar"
    >
      <Group justify="space-between" wrap="nowrap">
        <div>
          {totals && (
            <Text size="sm" fw={600} data-testid="action-selection">
              {t('action.selection', {
                count: totals.selectedCount,
                hours: formatCentiHours(totals.quantityHundredths),
                amount: formatMoney(totals.amountCents, currency),
              })}
            </Text>
          )}
          {preview && preview.lines.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t('action.summary', {
                count: preview.lines.length,
                net: formatMoney(preview.totalNetCents, preview.currency),
                gross: formatMoney(preview.totalGrossCents, preview.currency),
              })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('action.nothing')}
            </Text>
          )}
          {disabledReason && (
            <Text size="xs" c="dimmed">
              {disabledReason}
            </Text>
          )}
        </div>
        <Button
          size="md"
          leftSection={<IconSend size={18} />}
          onClick={onExport}
          disabled={disabledReason !== null}
          loading={loading}
        >
          {t('action.export')}
        </Button>
      </Group>
    </Paper>
  );
}
