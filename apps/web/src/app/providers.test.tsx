import { DateInput, DatePickerInput } from '@mantine/dates';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n';
import { Providers } from './providers';

describe('Providers', () => {
  it.each([
    ['de', '06.12.2026', 'TT.MM.JJJJ'],
    ['en', '06/12/2026', 'DD/MM/YYYY'],
  ])(
    'lets a DateInput read a typed date as day, month, year in the UI language (%s)',
    async (lng, typed, empty) => {
      await i18n.changeLanguage(lng);
      try {
        const onChange = vi.fn();
        render(
          <Providers>
            <DateInput label="Stichtag" onChange={onChange} />
          </Providers>,
        );
        const field = screen.getByRole('textbox', { name: 'Stichtag' });
        expect(field).toHaveAttribute('placeholder', empty);
        await userEvent.type(field, typed);
        expect(onChange).toHaveBeenLastCalledWith('2026-12-06');
      } finally {
        await i18n.changeLanguage('de');
      }
    },
  );

  it.each([
    ['de', '06.12.2026'],
    ['en', '06/12/2026'],
  ])('shows a date range in the UI language (%s)', async (lng, shown) => {
    await i18n.changeLanguage(lng);
    try {
      render(
        <Providers>
          <DatePickerInput type="range" label="Zeitraum" value={['2026-12-06', '2026-12-06']} />
        </Providers>,
      );
      expect(screen.getByRole('button', { name: 'Zeitraum' })).toHaveTextContent(`${shown} – ${shown}`);
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it.each([
    ['de', 'Dezember 2026'],
    ['en', 'December 2026'],
  ])('names the months of a calendar in the UI language (%s)', async (lng, month) => {
    await i18n.changeLanguage(lng);
    try {
      render(
        <Providers>
          <DateInput label="Datum" defaultValue="2026-12-06" />
        </Providers>,
      );
      await userEvent.click(screen.getByRole('textbox', { name: 'Datum' }));
      expect(await screen.findByText(month)).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('names the close buttons of dialogs in the UI language', async () => {
    const { Modal } = await import('@mantine/core');
    render(
      <Providers>
        <Modal opened onClose={() => undefined} title="Dialog">
          Inhalt
        </Modal>
      </Providers>,
    );
    expect(await screen.findByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });
});
