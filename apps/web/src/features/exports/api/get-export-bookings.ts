import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type {
  BillingRoundingValue,
  ExportBookingPage,
  ExportFilter,
} from '@plainstaff/contracts/export-selection';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

export const GRID_PAGE_SIZE = 100;
/** The grid keeps at most this many pages (500 rows); pages scrolled past are dropped and refetched. */
export const GRID_MAX_PAGES = 5;

/** null = the first page; otherwise the rows after or before a row (keyset cursor "date,id"). */
export type GridPageParam = { after: string } | { before: string } | null;

/** The filter as GET query parameters: lists as "1,2", empty ones left out. */
export function filterQuery(filter: ExportFilter) {
  return {
    from: filter.from,
    to: filter.to,
    employeeIds: filter.employeeIds.join(','),
    taskIds: filter.taskIds.join(','),
    state: filter.state,
  };
}

export const getExportBookings = (
  projectId: number,
  query: { filter: ExportFilter; rounding: BillingRoundingValue; page: GridPageParam },
  signal?: AbortSignal,
) =>
  api<ExportBookingPage>(`/projects/${projectId}/export-bookings`, {
    query: { ...filterQuery(query.filter), ...query.page, limit: GRID_PAGE_SIZE, rounding: query.rounding },
    signal,
  });

export const exportBookingsQuery = (
  projectId: number,
  filter: ExportFilter,
  rounding: BillingRoundingValue,
) =>
  infiniteQueryOptions({
    queryKey: exportKeys.gridPages(projectId, filter, rounding),
    queryFn: ({ pageParam, signal }) =>
      getExportBookings(projectId, { filter, rounding, page: pageParam }, signal),
    initialPageParam: null as GridPageParam,
    getNextPageParam: (last): GridPageParam | undefined =>
      last.nextCursor ? { after: last.nextCursor } : undefined,
    getPreviousPageParam: (first): GridPageParam | undefined =>
      first.previousCursor ? { before: first.previousCursor } : undefined,
    maxPages: GRID_MAX_PAGES,
    // A new filter or billing increment shows the old rows until the new ones are there.
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** A window of the grid: keyset pages in both directions, never more than GRID_MAX_PAGES at once. */
export function useExportBookings(projectId: number, filter: ExportFilter, rounding: BillingRoundingValue) {
  return useInfiniteQuery(exportBookingsQuery(projectId, filter, rounding));
}
