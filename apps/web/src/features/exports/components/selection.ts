import {
  MAX_SELECTION_IDS,
  type ExportBookingRow,
  type ExportFilter,
  type ExportSelection,
} from '@plainstaff/contracts/export-selection';

/**
 * The selection as a query over the filter (issue 18): `all` = every selectable booking the filter
 * finds except `excluded`, `only` = just `included`. Which rows are selected is derived from this,
 * never stored per row, so "alle gefilterten auswählen" costs the same for 10 or 100,000 bookings.
 */
export interface SelectionState {
  mode: ExportSelection['mode'];
  included: ReadonlySet<number>;
  excluded: ReadonlySet<number>;
}

export const everySelected = (): SelectionState => ({
  mode: 'all',
  included: new Set(),
  excluded: new Set(),
});
export const noneSelected = (): SelectionState => ({
  mode: 'only',
  included: new Set(),
  excluded: new Set(),
});

/** Only open, billable bookings can be billed; the others are shown locked. */
export const isSelectable = (row: Pick<ExportBookingRow, 'billingState' | 'billable'>) =>
  row.billingState === 'open' && row.billable;

export function isSelected(state: SelectionState, row: ExportBookingRow) {
  if (!isSelectable(row)) return false;
  return state.mode === 'all' ? !state.excluded.has(row.id) : state.included.has(row.id);
}

/** Nothing can be selected, known without asking the server. */
export const isEmptyHere = (state: SelectionState) => state.mode === 'only' && state.included.size === 0;

/** Every booking of the filter is selected, known without asking the server. */
export const isEverything = (state: SelectionState) => state.mode === 'all' && state.excluded.size === 0;

/**
 * Selects or deselects the ids; null when a list would name more bookings than the server accepts
 * (the user then selects all and deselects, or narrows the filter).
 */
export function withIds(
  state: SelectionState,
  ids: readonly number[],
  select: boolean,
): SelectionState | null {
  // In `all` mode selecting removes from `excluded`; in `only` mode it adds to `included`.
  const listName = state.mode === 'all' ? 'excluded' : 'included';
  const add = state.mode === 'all' ? !select : select;
  const list = new Set(state[listName]);
  for (const id of ids) {
    if (add) list.add(id);
    else list.delete(id);
  }
  if (list.size > MAX_SELECTION_IDS) return null;
  return { ...state, [listName]: list };
}

/** What the server evaluates: ids sorted, so the same selection is the same query key. */
export function toExportSelection(state: SelectionState, filter: ExportFilter): ExportSelection {
  const sorted = (ids: ReadonlySet<number>) => [...ids].sort((a, b) => a - b);
  return { filter, mode: state.mode, included: sorted(state.included), excluded: sorted(state.excluded) };
}

/** The keyset cursor of a row in grid order (date, id): "2026-06-30,4711". */
export const cursorOf = (row: Pick<ExportBookingRow, 'date' | 'id'>) => `${row.date.slice(0, 10)},${row.id}`;

/** Grid order of two cursors: negative when `a` comes first. */
export function compareCursors(a: string, b: string) {
  const [dateA = '', idA = '0'] = a.split(',');
  const [dateB = '', idB = '0'] = b.split(',');
  return dateA === dateB ? Number(idA) - Number(idB) : dateA < dateB ? -1 : 1;
}
