import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import { booking } from '../testing/fake-export-api';
import { GRID_FILTER, layoutGrid, renderGrid, rowBox, scrollToWindowEnd } from '../testing/render-grid';

beforeAll(layoutGrid);
afterEach(() => vi.unstubAllGlobals());

const count = () => screen.getByTestId('selection-count');
const selected = (mode: ExportSelection['mode'], included: number[] = [], excluded: number[] = []) => ({
  selection: { filter: GRID_FILTER, mode, included, excluded },
  rounding: 0,
});
const cursorOf = (id: number) => `${booking(id).date},${id}`;

describe('BookingGrid selection as a query', () => {
  it('sends toggles, shift ranges, "alle gefilterten auswählen" and "Auswahl aufheben" as mode and id lists', async () => {
    const user = userEvent.setup();
    const { api } = renderGrid([
      booking(1),
      booking(2),
      booking(3, { billable: false }),
      booking(4),
      booking(5),
    ]);
    // A new filter result: everything selectable, nothing named.
    await waitFor(() => expect(count()).toHaveTextContent('4 von 5 Buchungen ausgewählt'));
    expect(api.lastTotalsRequest()).toEqual(selected('all'));
    expect(rowBox(1)).toBeChecked();
    expect(rowBox(3)).not.toBeChecked();
    expect(rowBox(3)).toBeDisabled();

    await user.click(rowBox(2));
    expect(rowBox(2)).not.toBeChecked();
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('all', [], [2])));
    await waitFor(() => expect(count()).toHaveTextContent('3 von 5 Buchungen ausgewählt'));

    await user.click(screen.getByRole('button', { name: 'Auswahl aufheben' }));
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('only')));
    expect(rowBox(1)).not.toBeChecked();

    await user.click(rowBox(1));
    await user.keyboard('{Shift>}');
    await user.click(rowBox(5));
    // Between loaded rows the range is taken here; the locked row is skipped.
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('only', [1, 2, 4, 5])));
    expect(rowBox(3)).not.toBeChecked();
    expect(api.rangeRequests()).toHaveLength(0);

    // Shift-click on a selected row deselects the range from the last click.
    await user.click(rowBox(2));
    await user.keyboard('{/Shift}');
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('only', [1])));
    await waitFor(() => expect(count()).toHaveTextContent('1 von 5 Buchungen ausgewählt'));
    expect(rowBox(1)).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'alle gefilterten auswählen' }));
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('all')));
    await waitFor(() => expect(count()).toHaveTextContent('4 von 5 Buchungen ausgewählt'));
    const header = screen.getByRole('checkbox', { name: 'Alle gefilterten Buchungen auswählen' });
    expect(header).toBeChecked();
    await user.click(header);
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('only')));
  });

  it('asks the server for the rows between a shift-click and a row no longer loaded', async () => {
    const user = userEvent.setup();
    const { api } = renderGrid(Array.from({ length: 800 }, (_, i) => booking(i + 1)));
    await screen.findByRole('row', { name: /Person 1 auswählen/ });
    await user.click(screen.getByRole('button', { name: 'Auswahl aufheben' }));
    await user.click(rowBox(1));
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('only', [1])));

    for (let page = 1; page <= 6; page++) {
      scrollToWindowEnd();
      await screen.findByRole('row', { name: new RegExp(`Person ${page * 100 + 1} auswählen`) });
    }
    expect(screen.queryByRole('row', { name: /Person 1 auswählen/ })).toBeNull();
    const target = Number(
      /Person (\d+)/.exec(screen.getAllByRole('checkbox').at(-1)!.getAttribute('aria-label')!)![1],
    );
    expect(target).toBeGreaterThan(600);

    await user.keyboard('{Shift>}');
    await user.click(rowBox(target));
    await user.keyboard('{/Shift}');
    await waitFor(() => expect(api.rangeRequests()).toHaveLength(1));
    expect(api.rangeRequests()[0]).toEqual({ filter: GRID_FILTER, from: cursorOf(1), to: cursorOf(target) });
    const ids = Array.from({ length: target }, (_, i) => i + 1);
    await waitFor(() => expect(api.lastTotalsRequest()).toEqual(selected('only', ids)));
    await waitFor(() => expect(count()).toHaveTextContent(`${target} von 800 Buchungen ausgewählt`));
    expect(rowBox(target)).toBeChecked();
  });
});
