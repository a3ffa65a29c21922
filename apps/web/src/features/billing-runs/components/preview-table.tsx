import { Badge, Checkbox, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BillingRunPreviewItem } from '@plainstaff/contracts/billing-runs';
import { NO_TRUNCATE } from '../../../components/ui/no-truncate';
import { formatHours, formatMoney } from '../../../lib/format';
import { renderMessage } from '../../../lib/messages';

interface Props {
  items: BillingRunPreviewItem[];
  selected: Set<number>;
  onChange: (next: Set<number>) => void;
}

/** One row per project: the invoice a single export would create now, or why it is skipped. */
export function PreviewTable({ items, selected, onChange }: Props) {
  const { t } = useTranslation('billing-runs');
  const ready = items.filter((i) => i.ready);
  const chosen = ready.filter((i) => selected.has(i.projectId));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  const sum = (f: (i: BillingRunPreviewItem) => number) => chosen.reduce((s, i) => s + f(i), 0);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('preview.selectAll')}
                checked={ready.length > 0 && chosen.length === ready.length}
                indeterminate={chosen.length > 0 && chosen.length < ready.length}
                onChange={(e) =>
                  onChange(new Set(e.currentTarget.checked ? ready.map((i) => i.projectId) : []))
                }
              />
            </Table.Th>
            <Table.Th>{t('preview.project')}</Table.Th>
            <Table.Th>{t('preview.customer')}</Table.Th>
            <Table.Th ta="right">{t('preview.hours')}</Table.Th>
            <Table.Th ta="right">{t('preview.lines')}</Table.Th>
            <Table.Th ta="right">{t('preview.net')}</Table.Th>
            <Table.Th ta="right">{t('preview.gross')}</Table.Th>
            <Table.Th>{t('preview.hints')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.projectId} opacity={i.ready ? 1 : 0.75}>
              <Table.Td>
                <Checkbox
                  aria-label={t('preview.select', { project: i.projectNumber })}
                  disabled={!i.ready}
                  checked={i.ready && selected.has(i.projectId)}
                  onChange={() => toggle(i.projectId)}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {i.projectNumber}
                </Text>
                <Text size="xs" c="dimmed">
                  {i.projectName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.customerName}</Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatHours(i.billedMinutes)}
              </Table.Td>
              <Table.Td ta="right">{i.lineCount}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(i.totalNetCents)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
                {formatMoney(i.totalGrossCents)}
              </Table.Td>
              <Table.Td maw={380}>
                <Hints item={i} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th />
            <Table.Th colSpan={2}>{t('preview.total', { count: chosen.length })}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatHours(sum((i) => i.billedMinutes))}
            </Table.Th>
            <Table.Th />
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(sum((i) => i.totalNetCents))}
            </Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(sum((i) => i.totalGrossCents))}
            </Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function Hints({ item }: { item: BillingRunPreviewItem }) {
  const { t } = useTranslation('billing-runs');
  return (
    <Stack gap={4} align="flex-start">
      {item.ready ? (
        <Badge size="sm" variant="light" color={item.complete ? 'blue' : 'gray'} styles={NO_TRUNCATE}>
          {item.complete ? t('preview.complete') : t('preview.draft')}
        </Badge>
      ) : (
        <Badge size="sm" variant="light" color="orange" styles={NO_TRUNCATE}>
          {item.customerLinked ? t('preview.skipped') : t('preview.notLinked')}
        </Badge>
      )}
      {[...item.blockers, ...item.warnings].map((w) => (
        <Tooltip key={w.code} label={renderMessage(w)} multiline w={360} withinPortal>
          <Text size="xs" c={item.blockers.includes(w) ? 'orange.8' : 'dimmed'} lineClamp={2}>
            {renderMessage(w)}
          </Text>
        </Tooltip>
      ))}
    </Stack>
  );
}
