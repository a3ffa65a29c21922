import { Modal, TextInput } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelpButton } from '../../components/ui/help-button';
import { i18n } from '../../lib/i18n';
import { Providers } from '../../testing/providers';
import { HelpProvider } from './help-provider';

function Page() {
  const [opened, setOpened] = useState(true);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="billomat-Einstellungen">
      <TextInput label="billomat-ID" />
      <HelpButton topic="billomat-verbinden" />
    </Modal>
  );
}

beforeEach(() => void i18n.changeLanguage('de'));

describe('HelpProvider', () => {
  it('opens the article of a "?" beside an open dialog; Escape closes the help only', async () => {
    render(
      <Providers>
        <MemoryRouter>
          <HelpProvider>
            <Page />
          </HelpProvider>
        </MemoryRouter>
      </Providers>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'billomat-ID' }), 'meinefirma');
    const help = screen.getByRole('button', { name: 'Hilfe zu diesem Thema' });
    await userEvent.click(help);
    const drawer = await screen.findByRole('dialog', { name: 'billomat verbinden' });
    expect(drawer).toHaveTextContent('Einstellungen › Administration › Nutzer');

    // A link to another article changes the drawer's article.
    await userEvent.click(screen.getByRole('link', { name: 'Kunden aus billomat importieren' }));
    expect(await screen.findByRole('dialog', { name: 'Kunden aus billomat importieren' })).toBeVisible();

    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Kunden aus billomat importieren' })).toBeNull(),
    );
    // The dialog under it is still open, with what was typed, and the "?" has the focus again.
    expect(screen.getByRole('dialog', { name: 'billomat-Einstellungen' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'billomat-ID' })).toHaveValue('meinefirma');
    await waitFor(() => expect(help).toHaveFocus());

    // Without the help open, Escape is the dialog's again.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'billomat-Einstellungen' })).toBeNull());
  });
});

describe('HelpButton without the app', () => {
  it('is a link to the help page', () => {
    render(
      <Providers>
        <MemoryRouter>
          <HelpButton topic="uebersicht" />
        </MemoryRouter>
      </Providers>,
    );
    expect(screen.getByRole('link', { name: 'Hilfe zu diesem Thema' })).toHaveAttribute(
      'href',
      '/hilfe/uebersicht',
    );
  });
});
