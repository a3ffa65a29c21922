import { Menu, Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgingCell, AgingRow } from '@plainstaff/contracts/overview';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatHours, formatMoney } from '../../../lib/format';

/** The export page of a project with the bucket's booking dates as its `from`/`to` filter. */
export function exportLink(projectId: number, cell: Pick<AgingCell, 'from' | 'to'>): string {
  const params = new URLSearchParams();
  if (cell.from) params.set('from', cell.from);
  if (cell.to) params.set('to', cell.to);
  const query = params.toString();
  return `/projekte/${projectId}/rechnung${query ? `?${query}` : ''}`;
}

function BucketCell({ row, cell }: { row: AgingRow; cell: AgingCell }) {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  if (cell.minutes === 0) {
    return (
      <Text size="sm" c="dimmed" ta="right">
        –
      </Text>
    );
  }
  const label = t('aging.openExport', {
    customer: row.customerName,
    bucket: t(`aging.buckets.${cell.bucket}`),
  });
  const content = (
    <>
      <Text size="sm" fw={600} c="blue" td="underline" style={{ whiteSpace: 'nowrap' }}>
        {formatMoney(cell.cents, row.currency)}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatHours(cell.minutes)}
      </Text>
    </>
  );
  const only = cell.projects.length === 1 ? cell.projects[0] : undefined;
  if (only) {
    return (
      <UnstyledButton aria-label={label} ta="right" onClick={() => navigate(exportLink(only.id, cell))}>
        {content}
      </UnstyledButton>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={label} ta="right">
          {content}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('aging.chooseProject')}</Menu.Label>
        {cell.projects.map((p) => (
          <Menu.Item key={p.id} onClick={() => navigate(exportLink(p.id, cell))}>
            {p.number} {p.name} · {formatMoney(p.cents, row.currency)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function AgingTable({ rows }: { rows: AgingRow[] }) {
  const { t } = useTranslation('overview');
  const buckets = ['0-30', '31-60', '61-90', '90+'] as const;
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Title order={4}>{t('aging.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('aging.description')}
      </Text>
      {rows.length === 0 ? (
        <EmptyState title={t('aging.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label={t('aging.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('aging.customer')}</Table.Th>
                {buckets.map((b) => (
                  <Table.Th key={b} ta="right">
                    {t(`aging.buckets.${b}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('aging.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.customerId}-${row.currency}`}>
                  <Table.Td>{row.customerName}</Table.Td>
                  {row.buckets.map((cell) => (
                    <Table.Td key={cell.bucket} ta="right">
                      <BucketCell row={row} cell={cell} />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {formatMoney(row.totalCents, row.currency)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatHours(row.totalMinutes)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
