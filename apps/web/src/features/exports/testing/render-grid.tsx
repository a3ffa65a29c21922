import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider, type InfiniteData } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type {
  BillingRoundingValue,
  ExportBookingPage,
  ExportFilter,
} from '@plainstaff/contracts/export-selection';
import { i18n } from '../../../lib/i18n';
import { exportKeys } from '../api/export-keys';
import { useSelectionTotals } from '../api/get-selection-totals';
import { BookingGrid } from '../components/booking-grid';
import { SelectionSummary } from '../components/selection-summary';
import { ROW_HEIGHT } from '../components/use-booking-window';
import { useSelection } from '../components/use-selection';
import { fakeExportApi, type FakeBooking } from './fake-export-api';

export const GRID_FILTER: ExportFilter = { employeeIds: [], taskIds: [], state: 'open' };

/** The grid and the bar under it, wired as on the export page. */
function Harness({ rounding, filter }: { rounding: BillingRoundingValue; filter: ExportFilter }) {
  const selection = useSelection(1, filter);
  const totals = useSelectionTotals(1, selection.query, rounding);
  return (
    <>
      <BookingGrid
        projectId={1}
        filter={filter}
        rounding={rounding}
        selection={selection}
        totals={totals.data}
        currency="EUR"
      />
      <SelectionSummary
        selection={selection}
        totals={totals.data}
        updating={totals.isPlaceholderData}
        currency="EUR"
      />
    </>
  );
}

/** Renders the grid of project 1 over the fake export API; German texts. */
export function renderGrid(
  bookings: FakeBooking[],
  { rounding = 0, filter = GRID_FILTER }: { rounding?: BillingRoundingValue; filter?: ExportFilter } = {},
) {
  void i18n.changeLanguage('de');
  const api = fakeExportApi(bookings);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const ui = (r: BillingRoundingValue) => (
    <MantineProvider env="test">
      <QueryClientProvider client={qc}>
        <MemoryRouter>
          <Harness rounding={r} filter={filter} />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
  const view = render(ui(rounding));
  /** How many pages each grid query holds right now. */
  const loadedPages = () =>
    qc
      .getQueriesData<InfiniteData<ExportBookingPage>>({ queryKey: exportKeys.grid(1) })
      .filter(([key]) => key.includes('pages'))
      .map(([, data]) => data?.pages.length ?? 0);
  return { api, qc, loadedPages, setRounding: (r: BillingRoundingValue) => view.rerender(ui(r)) };
}

/**
 * happy-dom does no layout: give the grid's scroller the size a browser would, so rows virtualise.
 * Call in beforeAll.
 */
export function layoutGrid() {
  const size = (value: number) =>
    function (this: HTMLElement) {
      return this.dataset.testid === 'booking-grid' ? value : 0;
    };
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: size(440) });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: size(1000) });
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: size(1e7) });
}

export const gridScroller = () => screen.getByTestId('booking-grid');

/** Scrolls the grid as a user would: the position changes, then the browser reports it. */
export function scrollGrid(top: number) {
  act(() => {
    gridScroller().scrollTop = top;
    fireEvent.scroll(gridScroller());
  });
}

export const rowBox = (id: number) =>
  screen.getByRole('checkbox', { name: new RegExp(`Person ${id} auswählen`) });
export const rowOf = (id: number) => screen.getByRole('row', { name: new RegExp(`Person ${id} auswählen`) });

/** Where each row of the grid's body starts: spacer rows have their height, all others one row's. */
export function bodyLayout() {
  const body = screen.getByRole('table', { name: 'Buchungen' }).querySelector('tbody')!;
  let y = 0;
  return [...body.querySelectorAll('tr')].map((tr) => {
    const top = y;
    y += tr.hasAttribute('aria-hidden') ? parseFloat(tr.querySelector('td')!.style.height) : ROW_HEIGHT;
    return { tr, top, bottom: y };
  });
}

/** The height of the loaded window (what the scrollbar spans). */
export const windowHeight = () => bodyLayout().at(-1)!.bottom;

/** Scrolls to the last rows of the loaded window, where the next page is asked for. */
export const scrollToWindowEnd = () => scrollGrid(windowHeight() - 440 - ROW_HEIGHT);
