import { Alert, Checkbox } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BillingRoundingValue,
  ExportBookingRow,
  ExportFilter,
  SelectionTotals,
} from '@plainstaff/contracts/export-selection';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import classes from './booking-grid.module.css';
import { gridColumns } from './grid-columns';
import { GridRow, SkeletonRow } from './grid-row';
import { isEmptyHere, isEverything, isSelected } from './selection';
import type { Selection } from './use-selection';
import { MAX_HEIGHT, ROW_HEIGHT, useBookingWindow } from './use-booking-window';

interface Props {
  projectId: number;
  filter: ExportFilter;
  /** The export options' "Abrechnungstakt": the rows' quantities and amounts are computed with it. */
  rounding: BillingRoundingValue;
  selection: Selection;
  totals: SelectionTotals | undefined;
  currency: string;
}

/**
 * The filtered bookings (up to 100,000) in a fixed-height scroller: a window of at most a few pages
 * is loaded, only the rows in view (plus a few) are in the DOM, spacer rows keep the scrollbar honest
 * for the window.
 */
export function BookingGrid({ projectId, filter, rounding, selection, totals, currency }: Props) {
  const { t } = useTranslation('exports');
  const columns = useMemo(() => gridColumns(t, currency, projectId), [t, currency, projectId]);
  const scroller = useRef<HTMLDivElement>(null);
  const { query, rows, above, below, virtualizer, items } = useBookingWindow(
    projectId,
    filter,
    rounding,
    scroller,
  );

  // A shift-click needs the rows loaded right now; the handler stays the same for the memoised rows.
  const loaded = useRef(rows);
  useEffect(() => {
    loaded.current = rows;
  }, [rows]);
  const { toggle } = selection;
  const onToggle = useCallback(
    (row: ExportBookingRow, shiftKey: boolean) => toggle(row, shiftKey, loaded.current),
    [toggle],
  );

  if (query.isPending) return <TableSkeleton rows={8} />;
  if (query.isError && !query.data) return <Alert color="red">{t('grid.loadError')}</Alert>;
  if (rows.length === 0 && above + below === 0)
    return (
      <Alert variant="light" color="gray">
        {t('grid.empty')}
      </Alert>
    );

  const everything = isEverything(selection.state) && (totals?.selectableCount ?? 1) > 0;
  const nothing = isEmptyHere(selection.state) || totals?.selectedCount === 0;
  const padStart = above * ROW_HEIGHT;
  const before = (items[0]?.start ?? padStart) - padStart;
  const after = virtualizer.getTotalSize() - below * ROW_HEIGHT - (items.at(-1)?.end ?? padStart);
  const skeletons = (n: number, at: string) =>
    Array.from({ length: n }, (_, i) => <SkeletonRow key={`${at}-${i}`} columns={columns} />);

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      // Short lists shrink the grid; long ones scroll inside a fixed height.
      style={{ height: Math.min(MAX_HEIGHT, (rows.length + above + below + 1) * ROW_HEIGHT + 2) }}
      data-testid="booking-grid"
    >
      <table
        className={classes.table}
        aria-label={t('grid.label')}
        aria-rowcount={totals ? totals.filteredCount + 1 : undefined}
        aria-busy={query.isFetching}
      >
        <colgroup>
          <col style={{ width: 44 }} />
          {columns.map((c) => (
            <col key={c.id} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={classes.check}>
              <Checkbox
                size="xs"
                aria-label={t('grid.selectAllAria')}
                checked={everything}
                indeterminate={!everything && !nothing}
                disabled={totals?.selectableCount === 0}
                onChange={() => (everything ? selection.clear() : selection.selectAll())}
              />
            </th>
            {columns.map((c) => (
              <th key={c.id} className={c.align ? classes.right : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {skeletons(above, 'above')}
          {before > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={columns.length + 1} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            return (
              row && (
                <GridRow
                  key={row.id}
                  row={row}
                  columns={columns}
                  index={item.index}
                  selected={isSelected(selection.state, row)}
                  onToggle={onToggle}
                />
              )
            );
          })}
          {after > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={columns.length + 1} style={{ height: after }} />
            </tr>
          )}
          {skeletons(below, 'below')}
        </tbody>
      </table>
    </div>
  );
}
