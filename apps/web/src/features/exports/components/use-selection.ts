import { useCallback, useMemo, useRef, useState } from 'react';
import type { ExportCandidate } from '@plainstaff/contracts/exports';
import { isSelectable, SelectionStore } from './selection-store';

export interface Selection {
  has: (id: number) => boolean;
  /** The selected ids in grid order (for the preview and the export). */
  ids: () => number[];
  size: number;
  minutes: number;
  amountCents: number;
  /** Bumps on every change: cheap to compare and to put into a query key. */
  version: number;
  selectableCount: number;
  toggle: (index: number, shiftKey: boolean) => void;
  selectAll: () => void;
  clear: () => void;
  /** Keeps only ids still shown and selectable (after a filter change or refetch). */
  retain: () => void;
}

/**
 * The store lives in a ref and changes in place; a version number re-renders the page, while each
 * grid row only re-renders when its own `selected` flag flips.
 */
export function useSelection(rows: readonly ExportCandidate[]): Selection {
  const store = useRef(new SelectionStore()).current;
  const [version, setVersion] = useState(0);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const byIdRef = useRef(byId);
  byIdRef.current = byId;
  const selectableCount = useMemo(() => rows.reduce((n, r) => n + (isSelectable(r) ? 1 : 0), 0), [rows]);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  const toggle = useCallback(
    (index: number, shiftKey: boolean) => {
      if (store.toggle(rowsRef.current, index, shiftKey)) bump();
    },
    [store, bump],
  );
  const selectAll = useCallback(() => {
    store.selectAll(rowsRef.current);
    bump();
  }, [store, bump]);
  const clear = useCallback(() => {
    store.reset();
    bump();
  }, [store, bump]);
  const retain = useCallback(() => {
    store.retain(byIdRef.current);
    bump();
  }, [store, bump]);
  const has = useCallback((id: number) => store.ids.has(id), [store]);
  const ids = useCallback(() => store.ordered(rowsRef.current), [store]);

  return {
    has,
    ids,
    size: store.ids.size,
    minutes: store.minutes,
    amountCents: store.cents,
    version,
    selectableCount,
    toggle,
    selectAll,
    clear,
    retain,
  };
}
