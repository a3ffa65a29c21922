import { Checkbox, Skeleton, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportBookingRow } from '@plainstaff/contracts/export-selection';
import { formatDate } from '../../../lib/format';
import classes from './booking-grid.module.css';
import type { GridColumn } from './grid-columns';
import { isSelectable } from './selection';

const noop = () => undefined;

interface RowProps {
  row: ExportBookingRow;
  columns: GridColumn[];
  index: number;
  selected: boolean;
  onToggle: (row: ExportBookingRow, shiftKey: boolean) => void;
}

/** One booking; memoised so a click re-renders only the rows whose `selected` flag changed. */
export const GridRow = memo(function GridRow({ row, columns, index, selected, onToggle }: RowProps) {
  const { t } = useTranslation('exports');
  const selectable = isSelectable(row);
  const className = [classes.row, selected && classes.selected, !selectable && classes.locked]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      className={className}
      aria-selected={selected}
      data-index={index}
      onClick={(e) => {
        if (selectable) onToggle(row, e.shiftKey);
      }}
    >
      <td className={classes.check}>
        <Checkbox
          size="xs"
          aria-label={t('grid.selectRow', { date: formatDate(row.date), employee: row.employeeName })}
          checked={selected}
          disabled={!selectable}
          onChange={noop}
          // The row handles the click (and shift-click); the checkbox only shows the state.
          tabIndex={selectable ? 0 : -1}
        />
      </td>
      {columns.map((column) => (
        <td key={column.id} className={column.align ? classes.right : undefined}>
          {column.cell(row)}
        </td>
      ))}
    </tr>
  );
});

/** A row whose page is on its way (or was dropped and will be fetched again when scrolled to). */
export function SkeletonRow({ columns }: { columns: GridColumn[] }) {
  const { t } = useTranslation('exports');
  return (
    <tr className={classes.pending}>
      <td className={classes.check}>
        <VisuallyHidden>{t('grid.loadingRow')}</VisuallyHidden>
      </td>
      {columns.map((column) => (
        <td key={column.id}>
          <Skeleton height={10} radius="sm" animate={false} />
        </td>
      ))}
    </tr>
  );
}
