import type { ExportCandidate } from '@plainstaff/contracts/exports';

export const isSelectable = (row: ExportCandidate) => row.billingState === 'open' && row.billable;

/**
 * A mutable selection over up to 100,000 rows: a Set of ids plus integer sums (minutes, cents) that
 * are adjusted per change rather than recomputed over all rows on every click.
 */
export class SelectionStore {
  ids = new Set<number>();
  minutes = 0;
  cents = 0;
  /** Index of the last clicked row: the other end of a shift-click range. */
  anchor: number | null = null;

  add(row: ExportCandidate) {
    if (!isSelectable(row) || this.ids.has(row.id)) return;
    this.ids.add(row.id);
    this.minutes += row.minutes;
    this.cents += row.amountCents ?? 0;
  }

  remove(row: ExportCandidate) {
    if (!this.ids.delete(row.id)) return;
    this.minutes -= row.minutes;
    this.cents -= row.amountCents ?? 0;
  }

  reset() {
    this.ids = new Set();
    this.minutes = 0;
    this.cents = 0;
    this.anchor = null;
  }

  /** A click selects or deselects one row; with shift, every row between it and the last click. */
  toggle(rows: readonly ExportCandidate[], index: number, shiftKey: boolean) {
    const row = rows[index];
    if (!row || !isSelectable(row)) return false;
    const select = !this.ids.has(row.id);
    const anchor = shiftKey && this.anchor !== null && this.anchor < rows.length ? this.anchor : index;
    for (let i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
      const r = rows[i];
      if (r) {
        if (select) this.add(r);
        else this.remove(r);
      }
    }
    this.anchor = index;
    return true;
  }

  selectAll(rows: readonly ExportCandidate[]) {
    this.reset();
    for (const r of rows) this.add(r);
  }

  /** Keeps only ids that are still shown and selectable (after a filter change or a refetch). */
  retain(byId: ReadonlyMap<number, ExportCandidate>) {
    const keep = [...this.ids];
    this.reset();
    for (const id of keep) {
      const r = byId.get(id);
      if (r) this.add(r);
    }
  }

  /** Selected ids in grid order. */
  ordered(rows: readonly ExportCandidate[]) {
    const out: number[] = [];
    for (const r of rows) if (this.ids.has(r.id)) out.push(r.id);
    return out;
  }
}
