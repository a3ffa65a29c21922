import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  BillingRoundingValue,
  ExportSelection,
  SelectionTotals,
} from '@plainstaff/contracts/export-selection';
import { api } from '../../../lib/api-client';
import { exportKeys } from './export-keys';

export const getSelectionTotals = (
  projectId: number,
  selection: ExportSelection,
  rounding: BillingRoundingValue,
  signal?: AbortSignal,
) =>
  api<SelectionTotals>(`/projects/${projectId}/export-selection`, {
    method: 'POST',
    body: { selection, rounding },
    signal,
  });

export const selectionTotalsQuery = (
  projectId: number,
  selection: ExportSelection,
  rounding: BillingRoundingValue,
) =>
  queryOptions({
    queryKey: exportKeys.totals(projectId, selection, rounding),
    queryFn: ({ signal }) => getSelectionTotals(projectId, selection, rounding, signal),
    // Each click asks again; the last figures stay on screen meanwhile.
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** Count, hours and amount of the filter and the selection: one aggregate on the server. */
export function useSelectionTotals(
  projectId: number,
  selection: ExportSelection,
  rounding: BillingRoundingValue,
  enabled = true,
) {
  return useQuery({ ...selectionTotalsQuery(projectId, selection, rounding), enabled });
}
