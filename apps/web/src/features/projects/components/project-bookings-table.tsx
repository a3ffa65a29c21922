import { Badge, Group, Paper, SegmentedControl, Table, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingState, Booking } from '@plainstaff/contracts/bookings';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { usePage } from '../../../lib/use-page';
import { CommentCell, NumberCell } from '../../../components/ui/table-cells';
import { formatDate, formatHours, formatMoney } from '../../../lib/format';
import { useProjectBookings } from '../api/get-project-bookings';
import { NO_TRUNCATE } from '../../../components/ui/no-truncate';
import { invoiceNumberText } from '../../../lib/invoice-number';

const PAGE_SIZE = 50;
type StateFilter = 'all' | BillingState;

function StateBadge({ booking: b }: { booking: Booking }) {
  const { t } = useTranslation('projects');
  if (!b.billable)
    return (
      <Badge size="sm" styles={NO_TRUNCATE} tt="none" variant="outline" color="gray">
        {t('bookings.notBillable')}
      </Badge>
    );
  if (b.billingState === 'billed')
    return (
      <Badge
        size="sm"
        styles={NO_TRUNCATE}
        tt="none"
        variant="light"
        color="green"
        leftSection={<IconLock size={12} />}
      >
        {b.invoiceNumber
          ? t('bookings.billedAs', { number: invoiceNumberText(b.invoiceNumber) })
          : t('bookings.billed')}
      </Badge>
    );
  if (b.billingState === 'reserved')
    return (
      <Badge size="sm" styles={NO_TRUNCATE} tt="none" variant="light" color="yellow">
        {t('bookings.reserved')}
      </Badge>
    );
  return (
    <Badge size="sm" styles={NO_TRUNCATE} tt="none" variant="light" color="orange">
      {t('bookings.open')}
    </Badge>
  );
}

export function ProjectBookingsTable({ projectId, currency }: { projectId: number; currency: string }) {
  const { t } = useTranslation('projects');
  const [state, setState] = useState<StateFilter>('all');
  const { page, setPage, resetting } = usePage();
  const bookings = useProjectBookings(projectId, {
    billingState: state === 'all' ? undefined : state,
    page,
    pageSize: PAGE_SIZE,
  });
  const money = (cents: number | null) => (cents === null ? '–' : formatMoney(cents, currency));

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('file.bookings')}</Title>
        <SegmentedControl
          size="xs"
          aria-label={t('bookings.filter')}
          value={state}
          onChange={(v) => resetting(setState)(v as StateFilter)}
          data={[
            { value: 'all', label: t('bookings.all') },
            { value: 'open', label: t('bookings.open') },
            { value: 'billed', label: t('bookings.billed') },
          ]}
        />
      </Group>
      <PagedTable
        pending={bookings.isPending}
        data={bookings.data}
        empty={<EmptyState title={t('bookings.empty')} />}
        minWidth={960}
        tableProps={{ verticalSpacing: 'xs', striped: true, 'aria-label': t('file.bookings') }}
        head={
          <>
            <Table.Th>{t('bookings.date')}</Table.Th>
            <Table.Th>{t('bookings.employee')}</Table.Th>
            <Table.Th>{t('bookings.task')}</Table.Th>
            <Table.Th ta="right">{t('bookings.duration')}</Table.Th>
            <Table.Th ta="right">{t('bookings.rate')}</Table.Th>
            <Table.Th ta="right">{t('bookings.amount')}</Table.Th>
            <Table.Th>{t('bookings.comment')}</Table.Th>
            <Table.Th>{t('bookings.state')}</Table.Th>
          </>
        }
        row={(b) => (
          <Table.Tr key={b.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(b.date)}</Table.Td>
            <Table.Td>{b.employeeName}</Table.Td>
            <Table.Td>{b.taskName ?? '–'}</Table.Td>
            <NumberCell>{formatHours(b.minutes)}</NumberCell>
            <NumberCell>{money(b.rateCents)}</NumberCell>
            <NumberCell>{money(b.amountCents)}</NumberCell>
            <CommentCell comment={b.comment} />
            <Table.Td>
              <StateBadge booking={b} />
            </Table.Td>
          </Table.Tr>
        )}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        summary={(from, to, total, data) =>
          t('bookings.pager', { from, to, total, hours: formatHours(data.totalMinutes) })
        }
      />
    </Paper>
  );
}
