import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportCandidate } from '@plainstaff/contracts/exports';
import { i18n } from '../../../lib/i18n';
import { BookingGrid } from './booking-grid';
import { SelectionSummary } from './selection-summary';
import { useSelection } from './use-selection';

const row = (id: number, over: Partial<ExportCandidate> = {}): ExportCandidate => ({
  id,
  date: `2026-06-${String(id).padStart(2, '0')}`,
  employeeId: 1,
  employeeName: `Person ${id}`,
  taskId: 1,
  taskName: 'Konzeption',
  minutes: 90,
  rateCents: 9550,
  amountCents: 14325,
  comment: '',
  billable: true,
  billingState: 'open',
  invoiceNumber: null,
  ...over,
});

function Harness({ rows }: { rows: ExportCandidate[] }) {
  const selection = useSelection(rows);
  return (
    <>
      <BookingGrid rows={rows} selection={selection} currency="EUR" />
      <SelectionSummary selection={selection} total={rows.length} currency="EUR" />
    </>
  );
}

function renderGrid(rows: ExportCandidate[]) {
  void i18n.changeLanguage('de');
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <Harness rows={rows} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

// happy-dom does no layout: give the grid's scroller the size a browser would, so rows virtualise.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'booking-grid' ? 440 : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'booking-grid' ? 1000 : 0;
    },
  });
});

const box = (id: number) => screen.getByRole('checkbox', { name: new RegExp(`Person ${id} auswählen`) });

describe('BookingGrid', () => {
  it('updates the selection sums live as rows are clicked', async () => {
    renderGrid([row(1), row(2, { minutes: 30, amountCents: 4775 }), row(3)]);
    expect(screen.getByTestId('selection-count')).toHaveTextContent('0 von 3 Buchungen ausgewählt');

    await userEvent.click(box(1));
    expect(screen.getByTestId('selection-hours')).toHaveTextContent('1,50 Std.');
    expect(screen.getByTestId('selection-amount')).toHaveTextContent('143,25 €');

    await userEvent.click(box(2));
    expect(screen.getByTestId('selection-count')).toHaveTextContent('2 von 3 Buchungen ausgewählt');
    expect(screen.getByTestId('selection-hours')).toHaveTextContent('2,00 Std.');
    expect(screen.getByTestId('selection-amount')).toHaveTextContent('191,00 €');

    await userEvent.click(box(1));
    expect(screen.getByTestId('selection-amount')).toHaveTextContent('47,75 €');
    expect(box(1)).not.toBeChecked();
  });

  it('selects a range with shift-click and skips billed rows', () => {
    renderGrid([row(1), row(2), row(3, { billingState: 'billed', invoiceNumber: 'RE-7' }), row(4), row(5)]);
    fireEvent.click(box(1));
    fireEvent.click(box(4), { shiftKey: true });
    expect(screen.getByTestId('selection-count')).toHaveTextContent('3 von 5 Buchungen ausgewählt');
    expect(box(2)).toBeChecked();
    expect(box(3)).not.toBeChecked();
    expect(box(3)).toBeDisabled();
    expect(box(5)).not.toBeChecked();
    expect(screen.getByText('RE-7')).toBeInTheDocument();

    // Shift-click from the anchor back over a selected range deselects it.
    fireEvent.click(box(2), { shiftKey: true });
    expect(screen.getByTestId('selection-count')).toHaveTextContent('1 von 5 Buchungen ausgewählt');
    expect(box(1)).toBeChecked();
  });

  it('"alle gefilterten auswählen" takes every selectable row, even those not rendered', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      row(i + 1, { billingState: i % 10 === 0 ? 'billed' : 'open' }),
    );
    renderGrid(rows);
    // Only the rows in view (plus overscan) are in the DOM.
    const rendered = screen.getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await userEvent.click(screen.getByRole('button', { name: 'alle gefilterten auswählen' }));
    expect(screen.getByTestId('selection-count')).toHaveTextContent('4500 von 5000 Buchungen ausgewählt');
    expect(screen.getByTestId('selection-hours')).toHaveTextContent('6.750,00 Std.');
    expect(screen.getByTestId('selection-amount')).toHaveTextContent('644.625,00 €');
  });
});
