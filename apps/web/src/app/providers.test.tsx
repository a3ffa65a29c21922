import { DateInput, DatePickerInput } from '@mantine/dates';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n';
import { Providers } from './providers';

/** Renders `ui` inside the app's providers with the UI in `lng`. */
async function renderIn(lng: string, ui: ReactNode) {
  await i18n.changeLanguage(lng);
  render(<Providers>{ui}</Providers>);
}

afterEach(async () => {
  await i18n.changeLanguage('de');
});

describe('Providers', () => {
  it.each([
    ['de', '06.12.2026', 'TT.MM.JJJJ'],
    ['en', '06/12/2026', 'DD/MM/YYYY'],
  ])(
    'lets a DateInput read a typed date as day, month, year in the UI language (%s)',
    async (lng, typed, empty) => {
      const onChange = vi.fn();
      await renderIn(lng, <DateInput label="Stichtag" onChange={onChange} />);
      const field = screen.getByRole('textbox', { name: 'Stichtag' });
      expect(field).toHaveAttribute('placeholder', empty);
      await userEvent.type(field, typed);
      expect(onChange).toHaveBeenLastCalledWith('2026-12-06');
    },
  );

  it.each([
    ['de', '06.12.2026'],
    ['en', '06/12/2026'],
  ])('shows a date range in the UI language (%s)', async (lng, shown) => {
    await renderIn(
      lng,
      <DatePickerInput type="range" label="Zeitraum" value={['2026-12-06', '2026-12-06']} />,
    );
    expect(screen.getByRole('button', { name: 'Zeitraum' })).toHaveTextContent(`${shown} – ${shown}`);
  });

  it.each([
    ['de', 'Dezember 2026'],
    ['en', 'December 2026'],
  ])('names the months of a calendar in the UI language (%s)', async (lng, month) => {
    await renderIn(lng, <DateInput label="Datum" defaultValue="2026-12-06" />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Datum' }));
    expect(await screen.findByText(month)).toBeInTheDocument();
  });

  it('names the close buttons of dialogs in the UI language', async () => {
    const { Modal } = await import('@mantine/core');
    await renderIn(
      'de',
      <Modal opened onClose={() => undefined} title="Dialog">
        Inhalt
      </Modal>,
    );
    expect(await screen.findByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });
});
