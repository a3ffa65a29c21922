import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExportBookingRow, ExportFilter, ExportSelection } from '@plainstaff/contracts/export-selection';
import { useBookingRange } from '../api/get-booking-range';
import {
  compareCursors,
  cursorOf,
  everySelected,
  isSelectable,
  isSelected,
  noneSelected,
  toExportSelection,
  withIds,
  type SelectionState,
} from './selection';

export interface Selection {
  state: SelectionState;
  /** The selection as the server evaluates it (totals, preview, export). */
  query: ExportSelection;
  /** A click on a row; with shift, every selectable row between it and the row clicked before. */
  toggle: (row: ExportBookingRow, shiftKey: boolean, loaded: readonly ExportBookingRow[]) => void;
  /** "alle gefilterten auswählen": a few bytes, however many bookings the filter finds. */
  selectAll: () => void;
  clear: () => void;
  /** A new filter result (everything) or the state after an export (nothing). */
  reset: (next: SelectionState) => void;
  /** The last change was refused: it would name more bookings one by one than the server takes. */
  tooMany: boolean;
  rangePending: boolean;
}

export function useSelection(projectId: number, filter: ExportFilter): Selection {
  const [state, setState] = useState<SelectionState>(everySelected);
  const [tooMany, setTooMany] = useState(false);
  // Event handlers read the latest state and filter without being recreated on every click, so the
  // memoised grid rows do not all re-render.
  const latest = useRef({ state, filter });
  useEffect(() => {
    latest.current = { state, filter };
  }, [state, filter]);
  /** The row clicked last: one end of a shift-click range. */
  const anchor = useRef<ExportBookingRow | null>(null);
  /** Bumped by every reset, so a range answer for an older filter is dropped. */
  const generation = useRef(0);
  const range = useBookingRange(projectId);
  const { mutate: fetchRange } = range;

  const apply = useCallback((next: SelectionState | null) => {
    setTooMany(next === null);
    if (next) {
      latest.current = { ...latest.current, state: next };
      setState(next);
    }
  }, []);

  const toggle = useCallback(
    (row: ExportBookingRow, shiftKey: boolean, loaded: readonly ExportBookingRow[]) => {
      if (!isSelectable(row)) return;
      const current = latest.current.state;
      const select = !isSelected(current, row);
      const from = shiftKey ? anchor.current : null;
      anchor.current = row;
      if (!from || from.id === row.id) return apply(withIds(current, [row.id], select));

      const a = loaded.findIndex((r) => r.id === from.id);
      const b = loaded.findIndex((r) => r.id === row.id);
      if (a >= 0 && b >= 0) {
        const between = loaded.slice(Math.min(a, b), Math.max(a, b) + 1);
        return apply(
          withIds(
            current,
            between.filter(isSelectable).map((r) => r.id),
            select,
          ),
        );
      }
      // One end is no longer (or not yet) loaded: the server names the rows in between.
      const [first, last] = [cursorOf(from), cursorOf(row)].sort(compareCursors) as [string, string];
      const asked = generation.current;
      fetchRange(
        { filter: latest.current.filter, from: first, to: last },
        {
          onSuccess: ({ ids }) => {
            if (asked === generation.current) apply(withIds(latest.current.state, ids, select));
          },
        },
      );
    },
    [apply, fetchRange],
  );

  const reset = useCallback(
    (next: SelectionState) => {
      generation.current += 1;
      anchor.current = null;
      apply(next);
    },
    [apply],
  );
  const selectAll = useCallback(() => reset(everySelected()), [reset]);
  const clear = useCallback(() => reset(noneSelected()), [reset]);
  const query = useMemo(() => toExportSelection(state, filter), [state, filter]);

  return { state, query, toggle, selectAll, clear, reset, tooMany, rangePending: range.isPending };
}
