import { Group, Paper, Select, Table, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@plainstaff/contracts/bookings';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { usePage } from '../../../lib/use-page';
import { CommentCell, NumberCell } from '../../../components/ui/table-cells';
import { formatDate, formatHours, formatMoney } from '../../../lib/format';
import { useBookableProjects } from '../api/get-bookable-projects';
import { useMyBookings } from '../api/get-my-bookings';
import { BookingStateBadge } from './booking-state-badge';

const PAGE_SIZE = 50;
type Range = [string | null, string | null];

export function BookingList({ onOpen }: { onOpen: (b: Booking) => void }) {
  const { t } = useTranslation('bookings');
  const [range, setRange] = useState<Range>([null, null]);
  const [projectId, setProjectId] = useState<string | null>(null);
  const { page, setPage, resetting } = usePage();
  const projects = useBookableProjects();
  const bookings = useMyBookings({
    from: range[0] ?? undefined,
    to: range[1] ?? undefined,
    projectId: projectId ? Number(projectId) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const money = (cents: number | null) => (cents === null ? '–' : formatMoney(cents));

  return (
    <Paper withBorder p="md" radius="md">
      <Group mb="md" gap="md" align="flex-end">
        <DatePickerInput
          type="range"
          label={t('list.period')}
          placeholder={t('list.periodAll')}
          clearable
          value={range}
          onChange={(v) => resetting(setRange)(v as Range)}
          w={260}
        />
        <Select
          label={t('field.project')}
          placeholder={t('list.allProjects')}
          clearable
          searchable
          data={(projects.data ?? []).map((p) => ({ value: String(p.id), label: `${p.number} · ${p.name}` }))}
          value={projectId}
          onChange={resetting(setProjectId)}
          w={320}
        />
      </Group>
      <PagedTable
        pending={bookings.isPending}
        data={bookings.data}
        empty={<EmptyState title={t('list.emptyTitle')}>{t('list.emptyHint')}</EmptyState>}
        minWidth={900}
        tableProps={{ verticalSpacing: 'xs', highlightOnHover: true, 'aria-label': t('list.title') }}
        head={
          <>
            <Table.Th>{t('field.date')}</Table.Th>
            <Table.Th>{t('field.project')}</Table.Th>
            <Table.Th>{t('field.task')}</Table.Th>
            <Table.Th ta="right">{t('field.duration')}</Table.Th>
            <Table.Th ta="right">{t('field.rate')}</Table.Th>
            <Table.Th ta="right">{t('list.amount')}</Table.Th>
            <Table.Th>{t('field.comment')}</Table.Th>
            <Table.Th>{t('list.state')}</Table.Th>
          </>
        }
        row={(b) => (
          <Table.Tr key={b.id} style={{ cursor: 'pointer' }} onClick={() => onOpen(b)}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(b.date)}</Table.Td>
            <Table.Td miw={200}>
              <Text size="sm" lineClamp={2}>
                {b.projectName}
              </Text>
              <Text size="xs" c="dimmed">
                {b.projectNumber}
              </Text>
            </Table.Td>
            <Table.Td>{b.taskName ?? '–'}</Table.Td>
            <NumberCell>{formatHours(b.minutes)}</NumberCell>
            <NumberCell>{money(b.rateCents)}</NumberCell>
            <NumberCell>{money(b.amountCents)}</NumberCell>
            <CommentCell comment={b.comment} />
            <Table.Td>
              <BookingStateBadge booking={b} showOpen />
            </Table.Td>
          </Table.Tr>
        )}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        summary={(from, to, total, data) =>
          t('list.pager', { from, to, total, hours: formatHours(data.totalMinutes) })
        }
      />
    </Paper>
  );
}
