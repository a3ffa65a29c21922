import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ExportBookingRow } from '@plainstaff/contracts/export-selection';
import { formatClock, formatDate, formatMoney } from '../../../lib/format';
import { CommentCell, QuantityCell, RateCell, StateCell } from './grid-cells';

/** A column of the booking grid (the checkbox column is drawn by the row itself). */
export interface GridColumn {
  id: string;
  header: string;
  width: number | string;
  align?: 'right';
  cell: (row: ExportBookingRow) => ReactNode;
}

/**
 * Booked time, billed quantity, rate and billed amount per booking (issue 17): the amount is the
 * booking's line total under the billing rule and the chosen increment, so with one line per
 * booking the grid shows exactly the invoice's lines (20 min at 100 € → 0:20, 0,33 Std., 33,00 €).
 */
export function gridColumns(t: TFunction<'exports'>, currency: string, projectId: number): GridColumn[] {
  return [
    { id: 'date', header: t('grid.date'), width: 104, cell: (r) => formatDate(r.date) },
    { id: 'employee', header: t('grid.employee'), width: '12%', cell: (r) => r.employeeName },
    { id: 'task', header: t('grid.task'), width: '12%', cell: (r) => r.taskName ?? t('grid.noTask') },
    {
      id: 'booked',
      header: t('grid.booked'),
      width: 84,
      align: 'right',
      cell: (r) => formatClock(r.minutes),
    },
    {
      id: 'quantity',
      header: t('grid.quantity'),
      width: 104,
      align: 'right',
      cell: (r) => <QuantityCell row={r} t={t} />,
    },
    {
      id: 'rate',
      header: t('grid.rate'),
      width: 100,
      align: 'right',
      cell: (r) => <RateCell row={r} currency={currency} t={t} />,
    },
    {
      id: 'amount',
      header: t('grid.amount'),
      width: 108,
      align: 'right',
      cell: (r) => (r.amountCents === null ? '–' : formatMoney(r.amountCents, currency)),
    },
    {
      id: 'comment',
      header: t('grid.comment'),
      width: 'auto',
      cell: (r) => <CommentCell comment={r.comment} />,
    },
    {
      id: 'state',
      header: t('grid.state'),
      width: 156,
      cell: (r) => <StateCell row={r} projectId={projectId} t={t} />,
    },
  ];
}
