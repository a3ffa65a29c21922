import { Badge, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ExportCandidate } from '@plainstaff/contracts/exports';
import { formatCentsDe } from '@plainstaff/contracts/money';
import { formatDate, formatHours } from '../../../lib/format';

const col = createColumnHelper<ExportCandidate>();

export interface ColumnMeta {
  width: number | string;
  align?: 'right';
}

function StateCell({ row, t }: { row: ExportCandidate; t: TFunction<'exports'> }) {
  if (row.billingState === 'billed')
    return (
      <Badge size="sm" variant="light" color="green" style={{ textTransform: 'none' }}>
        {row.invoiceNumber ?? t('state.billed')}
      </Badge>
    );
  if (row.billingState === 'reserved')
    return (
      <Badge size="sm" variant="light" color="yellow" style={{ textTransform: 'none' }}>
        {t('state.reserved')}
      </Badge>
    );
  if (!row.billable)
    return (
      <Badge size="sm" variant="outline" color="gray" style={{ textTransform: 'none' }}>
        {t('state.notBillable')}
      </Badge>
    );
  return (
    <Badge size="sm" variant="light" color="orange" style={{ textTransform: 'none' }}>
      {t('state.open')}
    </Badge>
  );
}

/** Column definitions of the booking grid (the checkbox column is drawn by the row itself). */
export function gridColumns(t: TFunction<'exports'>, currency: string) {
  const money = (cents: number | null) => (cents === null ? '–' : formatCentsDe(cents, currency));
  return [
    col.accessor('date', {
      header: t('grid.date'),
      cell: (c) => formatDate(c.getValue()),
      meta: { width: 112 } satisfies ColumnMeta,
    }),
    col.accessor('employeeName', {
      header: t('grid.employee'),
      meta: { width: '13%' } satisfies ColumnMeta,
    }),
    col.accessor('taskName', {
      header: t('grid.task'),
      cell: (c) => c.getValue() ?? t('grid.noTask'),
      meta: { width: '13%' } satisfies ColumnMeta,
    }),
    col.accessor('minutes', {
      header: t('grid.duration'),
      cell: (c) => formatHours(c.getValue()),
      meta: { width: 88, align: 'right' } satisfies ColumnMeta,
    }),
    col.accessor('rateCents', {
      header: t('grid.rate'),
      cell: (c) => money(c.getValue()),
      meta: { width: 92, align: 'right' } satisfies ColumnMeta,
    }),
    col.accessor('amountCents', {
      header: t('grid.amount'),
      cell: (c) => money(c.getValue()),
      meta: { width: 108, align: 'right' } satisfies ColumnMeta,
    }),
    col.accessor('comment', {
      header: t('grid.comment'),
      cell: (c) => (
        <Text size="sm" truncate="end" title={c.getValue()}>
          {c.getValue()}
        </Text>
      ),
      meta: { width: 'auto' } satisfies ColumnMeta,
    }),
    col.accessor('billingState', {
      header: t('grid.state'),
      cell: (c) => <StateCell row={c.row.original} t={t} />,
      meta: { width: 124 } satisfies ColumnMeta,
    }),
  ];
}
