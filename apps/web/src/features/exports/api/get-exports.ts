import { useInfiniteQuery } from '@tanstack/react-query';
import type { ExportList } from '@plainstaff/contracts/exports';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

/** A project's exports (invoices), newest first, a page of 25 at a time ("Ältere Rechnungen laden"). */
export function useProjectExports(projectId: number) {
  return useInfiniteQuery({
    queryKey: exportKeys.list(projectId),
    queryFn: ({ pageParam, signal }) =>
      api<ExportList>(`/projects/${projectId}/exports`, { query: { before: pageParam }, signal }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
    // Pending exports resolve on the server (reconciler); look again while one is open.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((e) => e.status === 'pending')) ? 5_000 : false,
  });
}
