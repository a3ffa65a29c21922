import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerOption } from '@plainstaff/contracts/customers';
import { Providers } from '../../../testing/providers';
import '../../../lib/i18n';
import { CustomerPicker } from './customer-picker';

const option = (id: number, name: string, over: Partial<CustomerOption> = {}): CustomerOption => ({
  id,
  name,
  number: `KD-${id}`,
  city: '',
  source: 'billomat',
  archived: false,
  missingInBillomat: false,
  otherAccount: false,
  ...over,
});
const muellers = [
  option(1, 'Feinkost Müller', { city: 'Oberammergau' }),
  option(2, 'Müller Bau', { source: 'manual', number: '' }),
  option(3, 'Mühle am Bach', { archived: true }),
];
const firstFifty = Array.from({ length: 50 }, (_, i) => option(100 + i, `Kunde ${100 + i}`));
const oldCustomer = { ...option(99, 'Altkunde GmbH & Co.', { archived: true }), address: '', email: '' };

let searches: string[] = [];
beforeEach(() => {
  searches = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const url = new URL(input, 'http://localhost');
      let body: unknown = { statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: '-' };
      if (url.pathname === '/api/customers/search') {
        const q = url.searchParams.get('q') ?? '';
        searches.push(q);
        body =
          q === '' ? { items: firstFifty, more: true } : { items: q === 'mül' ? muellers : [], more: false };
      }
      if (url.pathname === '/api/customers/99') body = oldCustomer;
      return new Response(JSON.stringify(body), { status: 200 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function Picker({ initial = null, fallbackName }: { initial?: number | null; fallbackName?: string }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <>
      <CustomerPicker label="Kunde" value={value} onChange={setValue} fallbackName={fallbackName} />
      <output aria-label="Gewählt">{value}</output>
    </>
  );
}

describe('CustomerPicker', () => {
  it('asks the server once the typing pauses and offers its answers with their badges', async () => {
    const user = userEvent.setup();
    render(<Picker />, { wrapper: Providers });
    const input = screen.getByRole('textbox', { name: 'Kunde' });
    await user.type(input, 'mül');
    expect(await screen.findByRole('option', { name: 'Feinkost Müller' })).toHaveAccessibleDescription(
      'KD-1 · Oberammergau',
    );
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'))).toEqual([
      'Feinkost Müller',
      'Müller Bau (Manuell)',
      'Mühle am Bach (Archiviert)',
    ]);
    // Opening asked for the first customers; the three letters typed make one search, not three.
    expect(searches).toEqual(['', 'mül']);

    await user.click(screen.getByRole('option', { name: 'Müller Bau (Manuell)' }));
    expect(screen.getByRole('status', { name: 'Gewählt' })).toHaveTextContent('2');
    expect(input).toHaveValue('Müller Bau');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('picks the first answer with Enter and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Picker />, { wrapper: Providers });
    const input = screen.getByRole('textbox', { name: 'Kunde' });
    await user.type(input, 'mül');
    await screen.findByRole('option', { name: 'Feinkost Müller' });
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status', { name: 'Gewählt' })).toHaveTextContent('1');
    expect(input).toHaveValue('Feinkost Müller');
    await user.type(input, 'xyz');
    expect(await screen.findByText('Kein Kunde gefunden')).toBeInTheDocument();
    await user.tab();
    expect(input).toHaveValue('Feinkost Müller');
  });

  it('says that a search holds more than the 50 shown', async () => {
    const user = userEvent.setup();
    render(<Picker />, { wrapper: Providers });
    await user.click(screen.getByRole('textbox', { name: 'Kunde' }));
    expect(await screen.findAllByRole('option')).toHaveLength(50);
    expect(screen.getByText('Die ersten 50 Treffer. Für weitere bitte genauer suchen.')).toBeInTheDocument();
  });

  it('shows the current customer although the first answers do not hold it, marked archived', async () => {
    const user = userEvent.setup();
    render(<Picker initial={99} fallbackName="Altkunde GmbH" />, { wrapper: Providers });
    const input = screen.getByRole('textbox', { name: 'Kunde' });
    expect(input).toHaveValue('Altkunde GmbH');
    await waitFor(() => expect(input).toHaveValue('Altkunde GmbH & Co.'));
    await user.click(input);
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(51);
    expect(options[0]).toHaveAccessibleName('Altkunde GmbH & Co. (Archiviert)');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
  });
});
