import { ActionIcon, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import {
  IconArrowBackUp,
  IconChevronDown,
  IconChevronRight,
  IconExternalLink,
  IconRefresh,
} from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Export } from '@plainstaff/contracts/exports';
import { formatDate, formatDateTime, formatHours, formatMoney } from '../../../lib/format';
import { ExportStatusBadge, InvoiceStatusBadge } from './export-badges';
import { InvoiceLinesTable } from './invoice-lines-table';
import { renderMessage } from '../../../lib/messages';
import { invoiceNumberText } from '../../../lib/invoice-number';

const COLUMNS = 7;

/** One export in the Rechnungen tab, expandable to its lines. */
export function ExportRow({
  item,
  expanded,
  shown = false,
  onExpand,
  onUndo,
  onRetry,
  busy,
}: {
  item: Export;
  expanded: boolean;
  /** The export a link pointed at: highlighted, scrolled to and focused once. */
  shown?: boolean;
  onExpand: () => void;
  onUndo: () => void;
  onRetry: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('exports');
  const name = invoiceNumberText(item.invoiceNumber) ?? t('tab.noNumber');
  const money = (cents: number) => formatMoney(cents, item.currency);
  const expander = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!shown) return;
    expander.current?.scrollIntoView({ block: 'center' });
    expander.current?.focus({ preventScroll: true });
  }, [shown]);
  return (
    <>
      <Table.Tr id={`export-${item.id}`} bg={shown ? 'yellow.0' : undefined}>
        <Table.Td>
          <Group gap="xs" wrap="nowrap">
            <ActionIcon
              ref={expander}
              variant="subtle"
              color="gray"
              onClick={onExpand}
              aria-expanded={expanded}
              aria-label={expanded ? t('tab.collapse', { name }) : t('tab.expand', { name })}
            >
              {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
            {item.billomatUrl && item.status === 'created' ? (
              <Anchor href={item.billomatUrl} target="_blank" rel="noreferrer" fw={600} size="sm">
                {name} <IconExternalLink size={12} />
              </Anchor>
            ) : (
              <Text size="sm" fw={600} c={item.invoiceNumber ? undefined : 'dimmed'}>
                {name}
              </Text>
            )}
          </Group>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.invoiceDate)}</Table.Td>
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <ExportStatusBadge status={item.status} />
            {item.status === 'created' && <InvoiceStatusBadge status={item.invoiceStatus} />}
          </Group>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {t('tab.bookingCount', { count: item.bookingCount, hours: formatHours(item.billedMinutes) })}
        </Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
          {money(item.totalNetCents)}
        </Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
          {money(item.totalGrossCents)}
          {item.billomatTotalsDiffer && item.billomatTotals && (
            <Text size="xs" c="orange" title={t('tab.billomatTotalsHint')}>
              {t('tab.billomatTotals', { gross: money(item.billomatTotals.grossCents) })}
            </Text>
          )}
        </Table.Td>
        <Table.Td ta="right">
          {item.status === 'created' && (
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              leftSection={<IconArrowBackUp size={14} />}
              onClick={onUndo}
              aria-label={`${t('tab.undo')}: ${name}`}
            >
              {t('tab.undo')}
            </Button>
          )}
          {(item.status === 'pending' || item.status === 'failed') && (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              onClick={onRetry}
              loading={busy}
              aria-label={`${t('tab.retry')}: ${name}`}
            >
              {t('tab.retry')}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr>
          <Table.Td colSpan={COLUMNS} bg="gray.0" p="md">
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {t('tab.createdBy', { name: item.createdByName, at: formatDateTime(item.createdAt) })} ·{' '}
                {t('tab.reference', { reference: item.reference })}
                {item.undoneAt && ` · ${t('tab.undoneAt', { at: formatDateTime(item.undoneAt) })}`}
              </Text>
              {item.error && (
                <Text size="sm" c={item.status === 'failed' ? 'red' : 'yellow.8'}>
                  {renderMessage(item.error)}
                </Text>
              )}
              {item.lines.length > 0 && <InvoiceLinesTable lines={item.lines} currency={item.currency} />}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
