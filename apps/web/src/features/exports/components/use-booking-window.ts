import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { BillingRoundingValue, ExportFilter } from '@plainstaff/contracts/export-selection';
import { useExportBookings } from '../api/get-export-bookings';

export const ROW_HEIGHT = 38;
export const MAX_HEIGHT = 440;
/** Skeleton rows stand where a page is still to come, above or below the loaded window. */
export const EDGE_ROWS = 3;
/** The next page is asked for this many rows before the window ends (a viewport holds ~11). */
const PREFETCH_ROWS = 30;

/**
 * The grid as a window over keyset pages: the virtualizer counts only the loaded rows; scrolling
 * near an edge fetches the next or previous page, and useInfiniteQuery's maxPages drops the page at
 * the other end. Rows are keyed by booking id and anchored (`anchorTo: 'end'`): when rows are
 * prepended or dropped above, the virtualizer moves the scroll position by their height in the same
 * render, so the rows on screen stay where they are. Where more pages are to come, skeleton rows
 * fill a padding outside the virtual rows, so a skeleton is never the anchor: once the page above
 * arrives, its last rows take the skeletons' place.
 */
export function useBookingWindow(
  projectId: number,
  filter: ExportFilter,
  rounding: BillingRoundingValue,
  scroller: RefObject<HTMLDivElement | null>,
) {
  const query = useExportBookings(projectId, filter, rounding);
  const pages = query.data?.pages;
  const rows = useMemo(() => pages?.flatMap((p) => p.items) ?? [], [pages]);
  const above = query.hasPreviousPage ? EDGE_ROWS : 0;
  const below = query.hasNextPage ? EDGE_ROWS : 0;

  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey,
    anchorTo: 'end',
    paddingStart: above * ROW_HEIGHT,
    paddingEnd: below * ROW_HEIGHT,
    overscan: 12,
    // Rendered in React's batch, not synchronously in every scroll event: flushSync re-rendered the
    // grid and mounted new rows' checkboxes inside each event (scroll frames of 130-570 ms, bench/README
    // finding 10). Anchoring is unaffected: it follows count changes, which React renders anyway.
    useFlushSync: false,
    initialRect: { width: 1000, height: MAX_HEIGHT },
  });

  // Another filter or increment starts at the top (while its rows load, the old ones stand in).
  const key = useMemo(() => JSON.stringify([projectId, filter, rounding]), [projectId, filter, rounding]);
  const shownKey = useRef(key);
  useEffect(() => {
    if (shownKey.current === key) return;
    shownKey.current = key;
    virtualizer.scrollToOffset(0);
  }, [key, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, hasPreviousPage, isFetching, fetchNextPage, fetchPreviousPage } = query;
  const failed = query.isFetchNextPageError || query.isFetchPreviousPageError;
  /** Where the last page was asked for: after an error, ask again only once the user has scrolled. */
  const askedAt = useRef('');
  useEffect(() => {
    const at = `${firstIndex}:${lastIndex}`;
    if (isFetching || (failed && askedAt.current === at)) return;
    if (hasNextPage && lastIndex >= rows.length - PREFETCH_ROWS) {
      askedAt.current = at;
      void fetchNextPage();
    } else if (hasPreviousPage && firstIndex < PREFETCH_ROWS) {
      askedAt.current = at;
      void fetchPreviousPage();
    }
  }, [
    firstIndex,
    lastIndex,
    rows.length,
    hasNextPage,
    hasPreviousPage,
    isFetching,
    failed,
    fetchNextPage,
    fetchPreviousPage,
  ]);

  return { query, rows, above, below, virtualizer, items };
}
