import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GRID_MAX_PAGES } from '../api/get-export-bookings';
import { booking } from '../testing/fake-export-api';
import {
  bodyLayout,
  gridScroller,
  layoutGrid,
  renderGrid,
  rowOf,
  GRID_FILTER,
  scrollGrid,
  scrollToWindowEnd,
} from '../testing/render-grid';
import { ROW_HEIGHT } from './use-booking-window';

beforeAll(layoutGrid);
afterEach(() => vi.unstubAllGlobals());

const count = () => screen.getByTestId('selection-count');

describe('BookingGrid', () => {
  it('shows per booking the booked time, the billed quantity, the rate with its origin and the billed amount', async () => {
    const { api } = renderGrid([
      booking(1, { minutes: 20, rateCents: 10000 }),
      booking(2, { minutes: 90, rateCents: null, rateSource: 'none' }),
      booking(3, { rateSource: 'user', employeeName: 'Anna Admin' }),
    ]);
    const row = await screen.findByRole('row', { name: /Person 1 auswählen/ });
    // The invoice's line total of a 20-minute booking at 100 €: 0,33 Std. × 100 € = 33,00 € (not 33,33 €).
    for (const text of ['0:20', '0,33 Std.', '33,00 €'])
      expect(within(row).getByRole('cell', { name: text })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: '100,00 € Satz aus Task Konzeption' })).toBeInTheDocument();
    expect(within(row).getByTitle('Satz aus Task Konzeption')).toHaveTextContent('100,00 €');

    const unpriced = rowOf(2);
    expect(within(unpriced).getByRole('cell', { name: /^– kein Satz/ })).toBeInTheDocument();
    expect(within(unpriced).getByRole('cell', { name: '1,50 Std.' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Anna Admin auswählen/ })).getByText(
        'Standardsatz des Mitarbeiters Anna Admin',
      ),
    ).toBeInTheDocument();

    // The totals are the server's: count of the filter, hours and amount of the selection.
    await waitFor(() => expect(count()).toHaveTextContent('3 von 3 Buchungen ausgewählt'));
    expect(screen.getByTestId('selection-hours')).toHaveTextContent('3,33 Std.');
    expect(screen.getByTestId('selection-amount')).toHaveTextContent('176,25 €');
    expect(screen.getByText('1 ohne Stundensatz – bleibt offen')).toBeInTheDocument();
    expect(api.pageRequests()[0]?.get('rounding')).toBe('0');
  });

  it('asks for rows and totals again when the billing increment changes, and marks what it rounded', async () => {
    const { api, setRounding } = renderGrid([booking(1, { minutes: 20, rateCents: 10000 })]);
    await screen.findByRole('row', { name: /Person 1 auswählen/ });
    expect(within(rowOf(1)).queryByText(/aufgerundet/)).toBeNull();

    setRounding(15);
    await waitFor(() => expect(within(rowOf(1)).getByRole('cell', { name: '50,00 €' })).toBeInTheDocument());
    const quantity = within(rowOf(1)).getByTitle('aufgerundet von 0:20 auf 0:30 (Abrechnungstakt)');
    expect(quantity).toHaveTextContent('0,50 Std.');
    expect(within(rowOf(1)).getByRole('cell', { name: '0:20' })).toBeInTheDocument();
    expect(api.pageRequests().at(-1)?.get('rounding')).toBe('15');
    await waitFor(() => expect(api.lastTotalsRequest().rounding).toBe(15));
    await waitFor(() => expect(screen.getByTestId('selection-amount')).toHaveTextContent('50,00 €'));
    expect(screen.getByText('gebucht 0:20')).toBeInTheDocument();
  });
});

describe('BookingGrid state column', () => {
  it('links a billed booking to its invoice in billomat and its export in the project file, by keyboard too', async () => {
    renderGrid(
      [
        booking(1),
        booking(2, {
          billingState: 'billed',
          exportId: 7,
          invoiceNumber: 'RE-1001',
          invoiceUrl: 'https://demo.billomat.net/app/beta/invoices/42',
        }),
        booking(3, { billingState: 'reserved', exportId: 8 }),
      ],
      { filter: { ...GRID_FILTER, state: 'all' } },
    );
    const menu = await screen.findByRole('button', { name: 'RE-1001: Rechnung öffnen' });
    expect(menu).toHaveAttribute('aria-haspopup', 'menu');
    menu.focus();
    await userEvent.keyboard('{Enter}');
    const billomat = await screen.findByRole('menuitem', { name: 'In billomat öffnen' });
    expect(billomat).toHaveAttribute('href', 'https://demo.billomat.net/app/beta/invoices/42');
    expect(billomat).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('menuitem', { name: 'In der Projektakte anzeigen' })).toHaveAttribute(
      'href',
      '/projekte/1?tab=invoices&export=7',
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

    // A booking in a running export links to that export; an open one has no link.
    expect(screen.getByRole('link', { name: 'im Export: In der Projektakte anzeigen' })).toHaveAttribute(
      'href',
      '/projekte/1?tab=invoices&export=8',
    );
    expect(within(rowOf(1)).queryByRole('link')).toBeNull();
    expect(within(rowOf(1)).queryByRole('button')).toBeNull();
  });

  it('offers no billomat link while billomat does not name the invoice page', async () => {
    renderGrid([booking(2, { billingState: 'billed', exportId: 7, invoiceNumber: 'RE-1001' })], {
      filter: { ...GRID_FILTER, state: 'billed' },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'RE-1001: Rechnung öffnen' }));
    expect(await screen.findByRole('menuitem', { name: 'In der Projektakte anzeigen' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'In billomat öffnen' })).toBeNull();
  });
});

const nameOf = (tr: HTMLElement) => within(tr).queryByRole('checkbox')?.getAttribute('aria-label');

/** The first booking row at or below the viewport's top, and how far below the top it starts. */
function topRow() {
  const scrollTop = gridScroller().scrollTop;
  const first = bodyLayout().find(({ tr, top }) => tr.dataset.index !== undefined && top >= scrollTop)!;
  return { name: nameOf(first.tr), offset: first.top - scrollTop };
}

/** How far below the viewport's top a booking row starts. */
function offsetOf(name: string | null | undefined) {
  const row = bodyLayout().find(({ tr }) => nameOf(tr) === name)!;
  return row.top - gridScroller().scrollTop;
}

const cursorOf = (id: number) => `${booking(id).date},${id}`;

describe('BookingGrid as a window over keyset pages', () => {
  it('fetches the rows after the window and drops pages above, keeping the rows on screen in place', async () => {
    const { api, loadedPages } = renderGrid(Array.from({ length: 1000 }, (_, i) => booking(i + 1)));
    await screen.findByRole('row', { name: /Person 1 auswählen/ });
    expect(api.pageRequests()).toHaveLength(1);
    expect(api.pageRequests()[0]!.get('limit')).toBe('100');
    expect(api.pageRequests()[0]!.has('after')).toBe(false);
    // Of the 100 rows loaded, only those in view (plus overscan) are in the DOM.
    expect(screen.getAllByRole('row').length).toBeLessThan(40);
    // The total comes from the totals query, not from the rows loaded.
    await waitFor(() => expect(count()).toHaveTextContent('1.000 von 1.000 Buchungen ausgewählt'));

    for (let page = 1; page <= 7; page++) {
      scrollToWindowEnd();
      const before = topRow();
      await waitFor(() => expect(api.pageRequests()).toHaveLength(page + 1));
      expect(api.pageRequests()[page]!.get('after')).toBe(cursorOf(page * 100));
      await screen.findByRole('row', { name: new RegExp(`Person ${page * 100 + 1} auswählen`) });
      // A page dropped above moves the scroll position by its height: the row stays in place.
      expect(offsetOf(before.name)).toBe(before.offset);
      expect(Math.max(...loadedPages())).toBeLessThanOrEqual(GRID_MAX_PAGES);
    }
    expect(loadedPages()).toEqual([GRID_MAX_PAGES]);
    // Pages 1–3 are gone; rows 301–800 are the window.
    expect(screen.queryByRole('row', { name: /Person 1 auswählen/ })).toBeNull();
    expect(api.pageRequests().every((p) => !p.has('before'))).toBe(true);
  });

  it('fetches the rows before the window when scrolled back up past dropped pages', async () => {
    const { api, loadedPages } = renderGrid(Array.from({ length: 800 }, (_, i) => booking(i + 1)));
    await screen.findByRole('row', { name: /Person 1 auswählen/ });
    for (let page = 1; page <= 6; page++) {
      scrollToWindowEnd();
      await waitFor(() => expect(api.pageRequests()).toHaveLength(page + 1));
      await screen.findByRole('row', { name: new RegExp(`Person ${page * 100 + 1} auswählen`) });
    }
    // Window: rows 201–700, with skeleton rows above where pages 1–2 were.
    expect(screen.getAllByRole('row', { name: 'Buchung wird geladen …' }).length).toBeGreaterThan(0);

    scrollGrid(0);
    const before = topRow();
    expect(before.name).toMatch(/Person 201 auswählen/);
    await waitFor(() => expect(api.pageRequests()).toHaveLength(8));
    expect(api.pageRequests()[7]!.get('before')).toBe(cursorOf(201));
    // The prepended page arrives above the rows that were on screen; they stay where they were, and
    // the rows of the new page take the skeletons' place.
    await screen.findByRole('row', { name: /Person 200 auswählen/ });
    expect(offsetOf(before.name)).toBe(before.offset);
    expect(gridScroller().scrollTop).toBe(100 * ROW_HEIGHT);
    expect(loadedPages()).toEqual([GRID_MAX_PAGES]);
  });
});
