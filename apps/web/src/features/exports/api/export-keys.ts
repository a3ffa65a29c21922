import type {
  BillingRoundingValue,
  ExportFilter,
  ExportSelection,
} from '@plainstaff/contracts/export-selection';
import { sharedKeys } from '../../../lib/shared-keys';

// An export changes bookings and project figures: the project and booking keys come from the shared
// roots, so invalidating them refreshes the project file and every booking list of other features.
// The grid's pages and the selection totals hang below the bookings root for the same reason: a
// booking saved or exported anywhere refreshes them.
export const exportKeys = {
  all: ['exports'] as const,
  bookings: sharedKeys.bookings,
  projects: sharedKeys.projects,
  project: sharedKeys.project,
  setup: (projectId: number) => ['exports', 'setup', projectId] as const,
  /** Everything the grid shows of one project: its pages and the selection totals. */
  grid: (projectId: number) => [...sharedKeys.bookings, 'export-grid', projectId] as const,
  gridPages: (projectId: number, filter: ExportFilter, rounding: BillingRoundingValue) =>
    [...exportKeys.grid(projectId), 'pages', filter, rounding] as const,
  totals: (projectId: number, selection: ExportSelection, rounding: BillingRoundingValue) =>
    [...exportKeys.grid(projectId), 'totals', selection, rounding] as const,
  preview: (projectId: number, options: unknown) => ['exports', 'preview', projectId, options] as const,
  list: (projectId: number) => ['exports', 'list', projectId] as const,
};
