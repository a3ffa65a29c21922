import { Checkbox } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type CellContext,
  type Column,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportCandidate } from '@plainstaff/contracts/exports';
import { formatDate } from '../../../lib/format';
import classes from './booking-grid.module.css';
import { gridColumns, type ColumnMeta } from './grid-columns';
import { isSelectable } from './selection-store';
import type { Selection } from './use-selection';

const ROW_HEIGHT = 38;
const MAX_HEIGHT = 440;
const noop = () => undefined;

const NO_ROWS: ExportCandidate[] = [];

interface RowProps {
  original: ExportCandidate;
  columns: Column<ExportCandidate, unknown>[];
  index: number;
  selected: boolean;
  onToggle: (index: number, shiftKey: boolean) => void;
  label: string;
}

/** One grid row; memoised so a click re-renders only the rows whose `selected` flag changed. */
const GridRow = memo(function GridRow({ original, columns, index, selected, onToggle, label }: RowProps) {
  const selectable = isSelectable(original);
  const className = [classes.row, selected && classes.selected, !selectable && classes.locked]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      className={className}
      aria-selected={selected}
      data-index={index}
      onClick={(e) => {
        if (selectable) onToggle(index, e.shiftKey);
      }}
    >
      <td className={classes.check}>
        <Checkbox
          size="xs"
          aria-label={label}
          checked={selected}
          disabled={!selectable}
          onChange={noop}
          // The row handles the click (and shift-click); the checkbox only shows the state.
          tabIndex={selectable ? 0 : -1}
        />
      </td>
      {columns.map((column) => {
        const value = original[column.id as keyof ExportCandidate];
        // The columns' cells read only getValue() and row.original (grid-columns.tsx).
        const ctx = {
          getValue: () => value,
          renderValue: () => value,
          row: { original },
        } as unknown as CellContext<ExportCandidate, unknown>;
        return (
          <td
            key={column.id}
            className={(column.columnDef.meta as ColumnMeta | undefined)?.align ? classes.right : undefined}
          >
            {column.columnDef.cell ? flexRender(column.columnDef.cell, ctx) : String(value ?? '')}
          </td>
        );
      })}
    </tr>
  );
});

/**
 * All filtered bookings (up to 100,000) in a fixed-height scroller: only the rows in view (plus a few)
 * are in the DOM; spacer rows keep the scrollbar honest.
 */
export function BookingGrid({
  rows,
  selection,
  currency,
}: {
  rows: ExportCandidate[];
  selection: Selection;
  currency: string;
}) {
  const { t } = useTranslation('exports');
  const columns = useMemo(() => gridColumns(t, currency), [t, currency]);
  // react-table only for headers and columns: a row model over 100,000 rows would be built before the
  // first frame (bench/README.md, finding 3); the virtual rows read their data straight from `rows`.
  const table = useReactTable({ data: NO_ROWS, columns, getCoreRowModel: getCoreRowModel() });
  const leafColumns = table.getVisibleLeafColumns();
  const tableRows = rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: MAX_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const allSelected = selection.selectableCount > 0 && selection.size === selection.selectableCount;

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      // Short lists shrink the grid; long ones scroll inside a fixed height.
      style={{ height: Math.min(MAX_HEIGHT, (rows.length + 1) * ROW_HEIGHT + 2) }}
      data-testid="booking-grid"
    >
      <table className={classes.table} aria-label={t('grid.label')} aria-rowcount={rows.length + 1}>
        <colgroup>
          <col style={{ width: 44 }} />
          {table.getVisibleLeafColumns().map((c) => (
            <col key={c.id} style={{ width: (c.columnDef.meta as ColumnMeta | undefined)?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th className={classes.check}>
                <Checkbox
                  size="xs"
                  aria-label={t('grid.selectAllAria')}
                  checked={allSelected}
                  indeterminate={selection.size > 0 && !allSelected}
                  disabled={selection.selectableCount === 0}
                  onChange={() => (allSelected ? selection.clear() : selection.selectAll())}
                />
              </th>
              {group.headers.map((h) => (
                <th
                  key={h.id}
                  className={
                    (h.column.columnDef.meta as ColumnMeta | undefined)?.align ? classes.right : undefined
                  }
                >
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={columns.length + 1} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <GridRow
                key={row.id}
                original={row}
                columns={leafColumns}
                index={item.index}
                selected={selection.has(row.id)}
                onToggle={selection.toggle}
                label={t('grid.selectRow', {
                  date: formatDate(row.date),
                  employee: row.employeeName,
                })}
              />
            );
          })}
          {bottom > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={columns.length + 1} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
