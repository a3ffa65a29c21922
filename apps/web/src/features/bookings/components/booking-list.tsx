import { Group, Paper, Select, Table, Text, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@plainstaff/contracts/bookings';
import { formatCentsDe } from '@plainstaff/contracts/money';
import { EmptyState } from '../../../components/ui/empty-state';
import { Pager } from '../../../components/ui/pager';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { formatDate, formatHours } from '../../../lib/format';
import { useBookableProjects } from '../api/get-bookable-projects';
import { useMyBookings } from '../api/get-my-bookings';
import { BookingStateBadge } from './booking-state-badge';

const PAGE_SIZE = 50;
type Range = [string | null, string | null];

export function BookingList({ onOpen }: { onOpen: (b: Booking) => void }) {
  const { t } = useTranslation('bookings');
  const [range, setRange] = useState<Range>([null, null]);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const projects = useBookableProjects();
  const bookings = useMyBookings({
    from: range[0] ?? undefined,
    to: range[1] ?? undefined,
    projectId: projectId ? Number(projectId) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const money = (cents: number | null) => (cents === null ? '–' : formatCentsDe(cents));

  return (
    <Paper withBorder p="md" radius="md">
      <Group mb="md" gap="md" align="flex-end">
        <DatePickerInput
          type="range"
          label={t('list.period')}
          placeholder={t('list.periodAll')}
          valueFormat="DD.MM.YYYY"
          clearable
          value={range}
          onChange={(v) => {
            setRange(v as Range);
            setPage(1);
          }}
          w={260}
        />
        <Select
          label={t('field.project')}
          placeholder={t('list.allProjects')}
          clearable
          searchable
          data={(projects.data ?? []).map((p) => ({ value: String(p.id), label: `${p.number} · ${p.name}` }))}
          value={projectId}
          onChange={(v) => {
            setProjectId(v);
            setPage(1);
          }}
          w={320}
        />
      </Group>
      {bookings.isPending ? (
        <TableSkeleton />
      ) : !bookings.data || bookings.data.items.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')}>{t('list.emptyHint')}</EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="xs" highlightOnHover aria-label={t('list.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('field.date')}</Table.Th>
                  <Table.Th>{t('field.project')}</Table.Th>
                  <Table.Th>{t('field.task')}</Table.Th>
                  <Table.Th ta="right">{t('field.duration')}</Table.Th>
                  <Table.Th ta="right">{t('field.rate')}</Table.Th>
                  <Table.Th ta="right">{t('list.amount')}</Table.Th>
                  <Table.Th>{t('field.comment')}</Table.Th>
                  <Table.Th>{t('list.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bookings.data.items.map((b) => (
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
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatHours(b.minutes)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {money(b.rateCents)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {money(b.amountCents)}
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={b.comment} disabled={b.comment.length < 50} multiline w={360}>
                        <Text size="sm" lineClamp={1}>
                          {b.comment}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      <BookingStateBadge booking={b} showOpen />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={bookings.data.total}
            onChange={setPage}
            summary={(from, to, total) =>
              t('list.pager', { from, to, total, hours: formatHours(bookings.data.totalMinutes) })
            }
          />
        </>
      )}
    </Paper>
  );
}
