import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AgingRow } from '@plainstaff/contracts/overview';
import '../../../lib/i18n';
import { AgingTable, exportLink } from './aging-table';

const cell = (bucket: AgingRow['buckets'][number]['bucket'], from: string | null, to: string | null) => ({
  bucket,
  from,
  to,
  minutes: 0,
  cents: 0,
  projects: [] as AgingRow['buckets'][number]['projects'],
});

const row: AgingRow = {
  customerId: 1,
  customerName: 'Müller & Söhne',
  currency: 'EUR',
  totalMinutes: 270,
  totalCents: 42_750,
  buckets: [
    { ...cell('0-30', '2026-05-31', null) },
    {
      ...cell('31-60', '2026-05-01', '2026-05-30'),
      minutes: 90,
      cents: 14_250,
      projects: [{ id: 7, number: 'P-7', name: 'Web', minutes: 90, cents: 14_250 }],
    },
    {
      ...cell('61-90', '2026-04-01', '2026-04-30'),
      minutes: 180,
      cents: 28_500,
      projects: [
        { id: 7, number: 'P-7', name: 'Web', minutes: 60, cents: 9_500 },
        { id: 8, number: 'P-8', name: 'App', minutes: 120, cents: 19_000 },
      ],
    },
    { ...cell('90+', null, '2026-03-31') },
  ],
};

function Where() {
  const l = useLocation();
  return <p data-testid="where">{`${l.pathname}${l.search}`}</p>;
}

function renderTable() {
  render(
    <MantineProvider env="test">
      <MemoryRouter initialEntries={['/']}>
        <Routes>
          <Route path="/" element={<AgingTable rows={[row]} />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('aging table', () => {
  it('links a bucket to the export page with its booking dates', () => {
    expect(exportLink(7, { from: '2026-05-01', to: '2026-05-30' })).toBe(
      '/projekte/7/rechnung?from=2026-05-01&to=2026-05-30',
    );
    expect(exportLink(7, { from: null, to: '2026-03-31' })).toBe('/projekte/7/rechnung?to=2026-03-31');
  });

  it('opens the one project of a bucket directly', async () => {
    renderTable();
    expect(screen.getByRole('table', { name: 'Alter der nicht abgerechneten Stunden' })).toHaveTextContent(
      '142,50 €',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Rechnung für Müller & Söhne, 31–60 Tage öffnen' }),
    );
    expect(screen.getByTestId('where')).toHaveTextContent(
      '/projekte/7/rechnung?from=2026-05-01&to=2026-05-30',
    );
  });

  it('asks which project when a bucket holds several', async () => {
    renderTable();
    await userEvent.click(
      screen.getByRole('button', { name: 'Rechnung für Müller & Söhne, 61–90 Tage öffnen' }),
    );
    await userEvent.click(await screen.findByRole('menuitem', { name: /P-8 App/ }));
    expect(screen.getByTestId('where')).toHaveTextContent(
      '/projekte/8/rechnung?from=2026-04-01&to=2026-04-30',
    );
  });
});
