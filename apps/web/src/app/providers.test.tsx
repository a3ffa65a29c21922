import { DateInput } from '@mantine/dates';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../lib/i18n';
import { Providers } from './providers';

describe('Providers', () => {
  it('lets a DateInput read a typed German date as day.month.year', async () => {
    const onChange = vi.fn();
    render(
      <Providers>
        <DateInput label="Stichtag" valueFormat="DD.MM.YYYY" onChange={onChange} />
      </Providers>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Stichtag' }), '06.12.2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-12-06');
  });

  it.each([
    ['de', 'Dezember 2026'],
    ['en', 'December 2026'],
  ])('names the months of a calendar in the UI language (%s)', async (lng, month) => {
    await i18n.changeLanguage(lng);
    try {
      render(
        <Providers>
          <DateInput label="Datum" valueFormat="DD.MM.YYYY" defaultValue="2026-12-06" />
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
