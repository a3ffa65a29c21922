import type { ExportFilter } from '@plainstaff/contracts/export-selection';
import { presetRange, type DateRange, type PeriodPreset } from './period';

/** The filter as the form holds it (select values are strings). */
export interface FilterState {
  preset: PeriodPreset;
  custom: DateRange;
  employeeIds: string[];
  taskIds: string[];
  state: ExportFilter['state'];
}

/** Links from the overview's aging buckets carry the period as ?from=…&to=… (inclusive dates). */
export function initialFilters(params: URLSearchParams): FilterState {
  const from = params.get('from');
  const to = params.get('to');
  return {
    preset: from || to ? 'custom' : 'all',
    custom: [from, to],
    employeeIds: [],
    taskIds: [],
    state: 'open',
  };
}

/** The filter the server evaluates (grid pages, totals, the selection). */
export function toExportFilter(f: FilterState): ExportFilter {
  const [from, to] = presetRange(f.preset, f.custom);
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    employeeIds: f.employeeIds.map(Number),
    taskIds: f.taskIds.map((id) => (id === 'none' ? 'none' : Number(id))),
    state: f.state,
  };
}
