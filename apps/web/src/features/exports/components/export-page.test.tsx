import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportSelection } from '@plainstaff/contracts/export-selection';
import type { Export, ExportRequest, ExportSetup, InvoicePreview } from '@plainstaff/contracts/exports';
import { i18n } from '../../../lib/i18n';
import { Providers } from '../../../testing/providers';
import { booking, fakeExportApi, selectedBy, type FakeBooking } from '../testing/fake-export-api';
import { layoutGrid, rowBox, rowOf } from '../testing/render-grid';
import { ExportPage } from './export-page';

beforeAll(layoutGrid);
afterEach(() => vi.unstubAllGlobals());

const project = {
  id: 1,
  number: 'P-1',
  name: 'Relaunch',
  customerName: 'Kunde AG',
  currency: 'EUR',
  tasks: [{ id: 1, name: 'Konzeption' }],
  members: [{ userId: 1, userName: 'Person 1' }],
  noTasks: false,
};
const setup: ExportSetup = {
  profile: {
    groupByMonth: true,
    groupByTask: false,
    groupByEmployee: false,
    titleTemplate: '{task}',
    descriptionTemplate: '',
    rounding: 15,
    completeInBillomat: null,
  },
  defaults: { completeInBillomat: false, invoiceDate: '2026-06-30' },
};

function preview(count: number): InvoicePreview {
  return {
    previewToken: `token-${count}`,
    currency: 'EUR',
    lines: [
      {
        key: 'l1',
        title: 'Konzeption',
        description: '',
        unit: 'Stunde',
        quantityCentiHours: 150 * count,
        unitPriceCents: 9550,
        totalNetCents: 14325 * count,
        taxRateBp: 1900,
        bookingCount: count,
        bookedMinutes: 90 * count,
        billedMinutes: 90 * count,
        rateNote: {
          code: 'RATE_NOTE',
          params: { context: 'task', rate: { type: 'money', cents: 9550, currency: 'EUR' } },
          message: '95,50 € pro Stunde aus Task',
        },
        firstDate: '2026-01-01',
        lastDate: '2026-01-01',
      },
    ],
    taxes: [{ rateBp: 1900, netCents: 14325 * count, vatCents: 2722 * count }],
    totalNetCents: 14325 * count,
    totalVatCents: 2722 * count,
    totalGrossCents: 17047 * count,
    exactNetCents: 14325 * count,
    roundingDifferenceCents: 0,
    bookedMinutes: 90 * count,
    billedMinutes: 90 * count,
    servicePeriod: null,
    label: 'P-1 Relaunch',
    intro: null,
    customer: { id: 1, name: 'Kunde AG', linked: true },
    warnings: [],
    blockers: [],
  };
}

/** The rest of the server: project, setup, preview, and an export that bills what the selection names. */
function serve(bookings: FakeBooking[]) {
  return fakeExportApi(bookings, (method, path, body) => {
    if (method === 'GET' && path === '') return project;
    if (method === 'GET' && path === '/export-setup') return setup;
    if (method === 'POST' && path === '/export-preview')
      return preview(selectedBy(bookings, (body as { selection: ExportSelection }).selection).length);
    if (method === 'POST' && path === '/exports') {
      const billed = selectedBy(bookings, (body as ExportRequest).selection);
      for (const b of billed) Object.assign(b, { billingState: 'billed', invoiceNumber: 'RE-1001' });
      return {
        id: 7,
        projectId: 1,
        status: 'created',
        invoiceNumber: 'RE-1001',
        bookingCount: billed.length,
        billedMinutes: 90 * billed.length,
        currency: 'EUR',
        totalNetCents: 0,
        totalGrossCents: 0,
        invoiceDate: '2026-06-30',
        invoiceStatus: 'DRAFT',
        billomatUrl: null,
        billomatTotals: null,
        billomatTotalsDiffer: false,
        markAsBilled: true,
        lines: [],
      } as Partial<Export>;
    }
    return undefined;
  });
}

function renderPage() {
  void i18n.changeLanguage('de');
  render(
    <MemoryRouter initialEntries={['/projekte/1/rechnung']}>
      <Routes>
        <Route path="/projekte/:id/rechnung" element={<ExportPage />} />
      </Routes>
    </MemoryRouter>,
    { wrapper: Providers },
  );
}

describe('ExportPage', () => {
  it('previews and exports the selection as a query, then shows the exported rows with their invoice number', async () => {
    const user = userEvent.setup();
    const api = serve([booking(1), booking(2), booking(3)]);
    renderPage();
    await screen.findByRole('row', { name: /Person 1 auswählen/ });
    // The grid's amounts use the remembered "Abrechnungstakt".
    expect(api.pageRequests()[0]!.get('rounding')).toBe('15');

    await user.click(rowBox(2));
    const selection = {
      filter: { employeeIds: [], taskIds: [], state: 'open' },
      mode: 'all',
      included: [],
      excluded: [2],
    };
    await waitFor(() => expect(api.bodies('/export-preview').at(-1)).toMatchObject({ selection }));
    expect(api.bodies('/export-preview').at(-1)).toEqual({
      ...setup.profile,
      completeInBillomat: false,
      invoiceDate: '2026-06-30',
      markAsBilled: true,
      selection,
    });
    const lines = await screen.findByRole('table', { name: 'Rechnungspositionen' });
    await waitFor(() => expect(lines).toHaveTextContent('2 Buchungen'));

    const exportButton = screen.getByRole('button', { name: 'Nach billomat exportieren' });
    await waitFor(() => expect(exportButton).toBeEnabled());
    await user.click(exportButton);
    await waitFor(() => expect(api.bodies('/exports')).toHaveLength(1));
    expect(api.bodies('/exports')[0]).toMatchObject({ selection, previewToken: 'token-2', rounding: 15 });

    // The exported rows stay in view (all states), now with their invoice number; nothing selected.
    await screen.findByText('Rechnung RE-1001 in billomat angelegt');
    await waitFor(() => expect(within(rowOf(1)).getByText('RE-1001')).toBeInTheDocument());
    expect(within(rowOf(2)).getByText('offen')).toBeInTheDocument();
    expect(api.pageRequests().at(-1)!.get('state')).toBe('all');
    await waitFor(() =>
      expect(api.lastTotalsRequest().selection).toEqual({
        ...selection,
        filter: { ...selection.filter, state: 'all' },
        mode: 'only',
        excluded: [],
      }),
    );
  });
});
