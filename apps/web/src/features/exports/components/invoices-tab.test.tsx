import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Export, ExportList } from '@plainstaff/contracts/exports';
import { i18n } from '../../../lib/i18n';
import { Providers } from '../../../testing/providers';
import { fakeExportApi } from '../testing/fake-export-api';
import { InvoicesTab } from './invoices-tab';

beforeAll(async () => {
  await i18n.changeLanguage('de');
  // jsdom has no layout: the row a link points at is scrolled to.
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => vi.unstubAllGlobals());

const exportNo = (id: number): Export => ({
  id,
  projectId: 1,
  reference: `ps-exp-${id}-x`,
  status: 'created',
  createdByName: 'Anna Admin',
  createdAt: '2026-06-30T10:00:00Z',
  invoiceDate: '2026-06-30',
  billomatInvoiceId: 1000 + id,
  invoiceNumber: `RE-${id}`,
  invoiceStatus: 'DRAFT',
  billomatUrl: null,
  currency: 'EUR',
  totalNetCents: 10_000,
  totalGrossCents: 11_900,
  billomatTotals: null,
  billomatTotalsDiffer: false,
  bookingCount: 1,
  billedMinutes: 60,
  markAsBilled: true,
  completeInBillomat: false,
  lines: [],
  error: null,
  undoneAt: null,
});

/**
 * 60 exports (ids 1–60), served newest first in pages of 25 by `before`, as the server does; a page
 * asked for with `failBefore` is not found.
 */
function serveExports(failBefore?: number) {
  const all = Array.from({ length: 60 }, (_, i) => exportNo(60 - i));
  return fakeExportApi([], (method, path) => {
    if (method !== 'GET' || path !== '/exports') return undefined;
    const last = api.requests.at(-1)!;
    const before = Number(last.params.get('before')) || Infinity;
    if (before === failBefore) return undefined;
    const older = all.filter((e) => e.id < before);
    const page: ExportList = {
      items: older.slice(0, 25),
      nextBefore: older.length > 25 ? older[24]!.id : null,
    };
    return page;
  });
}
let api: ReturnType<typeof fakeExportApi>;

const renderTab = (url = '/projekte/1?tab=invoices') =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <InvoicesTab projectId={1} />
    </MemoryRouter>,
    { wrapper: Providers },
  );
const invoiceRows = () => screen.getAllByRole('button', { name: /^Positionen von RE-\d+ anzeigen$/ });
const befores = () =>
  api.requests.filter((r) => r.path.endsWith('/exports')).map((r) => r.params.get('before'));

describe('InvoicesTab', () => {
  it('shows the newest 25 invoices and loads older ones a page at a time', async () => {
    api = serveExports();
    renderTab();
    await waitFor(() => expect(invoiceRows()).toHaveLength(25));
    expect(screen.getByText('RE-60')).toBeInTheDocument();
    expect(screen.queryByText('RE-35')).not.toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Ältere Rechnungen laden' });
    await userEvent.click(more);
    await waitFor(() => expect(invoiceRows()).toHaveLength(50));
    await userEvent.click(screen.getByRole('button', { name: 'Ältere Rechnungen laden' }));
    await waitFor(() => expect(invoiceRows()).toHaveLength(60));
    expect(screen.queryByRole('button', { name: 'Ältere Rechnungen laden' })).not.toBeInTheDocument();
    expect(befores()).toEqual([null, '36', '11']);
  });

  it('loads on until the invoice a link points at is there, and opens it', async () => {
    api = serveExports();
    renderTab('/projekte/1?tab=invoices&export=5');
    expect(
      await screen.findByRole('button', { name: 'Positionen von RE-5 ausblenden' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(befores()).toEqual([null, '36', '11']);
  });

  it('does not walk the pages for a link to an export that is not among them', async () => {
    api = serveExports();
    renderTab('/projekte/1?tab=invoices&export=1000');
    await waitFor(() => expect(invoiceRows()).toHaveLength(25));
    await new Promise((r) => setTimeout(r, 200));
    expect(befores()).toEqual([null]);
  });

  it('keeps the invoices shown when an older page fails, and offers to try again', async () => {
    api = serveExports(36);
    renderTab();
    await waitFor(() => expect(invoiceRows()).toHaveLength(25));
    await userEvent.click(screen.getByRole('button', { name: 'Ältere Rechnungen laden' }));
    expect(await screen.findByText('Ältere Rechnungen konnten nicht geladen werden.')).toBeInTheDocument();
    expect(invoiceRows()).toHaveLength(25);
    expect(screen.getByRole('button', { name: 'Ältere Rechnungen erneut laden' })).toBeInTheDocument();
  });
});
