import { describe, expect, it } from 'vitest';
import { MAX_SELECTION_IDS } from '@plainstaff/contracts/export-selection';
import { compareCursors, everySelected, noneSelected, toExportSelection, withIds } from './selection';

const filter = { employeeIds: [], taskIds: [], state: 'open' as const };

describe('selection state', () => {
  it('names at most MAX_SELECTION_IDS bookings one by one', () => {
    const ids = Array.from({ length: MAX_SELECTION_IDS }, (_, i) => i + 1);
    const full = withIds(noneSelected(), ids, true);
    expect(full?.included.size).toBe(MAX_SELECTION_IDS);
    expect(withIds(full!, [MAX_SELECTION_IDS + 1], true)).toBeNull();
    // Deselecting in `all` mode fills the other list under the same limit.
    expect(withIds(everySelected(), [...ids, MAX_SELECTION_IDS + 1], false)).toBeNull();
  });

  it('is the same query however it was clicked together', () => {
    const a = withIds(withIds(noneSelected(), [5, 2], true)!, [9], true)!;
    const b = withIds(noneSelected(), [9, 2, 5, 7], true)!;
    expect(toExportSelection(a, filter)).toEqual(toExportSelection(withIds(b, [7], false)!, filter));
    expect(toExportSelection(a, filter).included).toEqual([2, 5, 9]);
  });

  it('orders cursors as the grid does: by date, then by id as a number', () => {
    expect(compareCursors('2026-06-30,9', '2026-06-30,10')).toBeLessThan(0);
    expect(compareCursors('2026-07-01,1', '2026-06-30,10')).toBeGreaterThan(0);
    expect(compareCursors('2026-06-30,10', '2026-06-30,10')).toBe(0);
  });
});
