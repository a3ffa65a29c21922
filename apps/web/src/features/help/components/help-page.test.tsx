import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { Providers } from '../../../testing/providers';
import { HelpPage } from './help-page';

function renderAt(path: string) {
  return render(
    <Providers>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/hilfe" element={<HelpPage />} />
          <Route path="/hilfe/:slug" element={<HelpPage />} />
        </Routes>
      </MemoryRouter>
    </Providers>,
  );
}

beforeEach(() => void i18n.changeLanguage('de'));

describe('HelpPage', () => {
  it('lists every topic and narrows the list by words in the articles', async () => {
    renderAt('/hilfe');
    expect(
      screen.getAllByRole('link', { name: /billomat verbinden|Abrechnungslauf|Übersicht/ }),
    ).toHaveLength(3);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Hilfe durchsuchen' }), 'Kontingent');
    const links = screen.getAllByRole('link');
    expect(links.map((l) => within(l).getByRole('heading').textContent)).toEqual(['Abrechnungslauf']);
    expect(screen.getByRole('status')).toHaveTextContent('1 Hilfethema gefunden');

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Hilfe durchsuchen' }));
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Hilfe durchsuchen' }),
      'Kontingent Platzhalter',
    );
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('Kein Hilfethema enthält alle diese Wörter.');
  });

  it('shows an article with its screenshots and links to the others', () => {
    renderAt('/hilfe/abrechnungstakt-und-rundung');
    expect(screen.getByRole('article', { name: 'Abrechnungstakt und Rundung' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Rundungsdifferenz −0,33 €/ })).toHaveAttribute('src');
    expect(screen.getByRole('link', { name: 'Die Übersicht' })).toHaveAttribute('href', '/hilfe/uebersicht');
  });

  it('shows the English article in English', async () => {
    await i18n.changeLanguage('en');
    renderAt('/hilfe/uebersicht');
    expect(screen.getByRole('heading', { name: 'Reading the overview', level: 2 })).toBeInTheDocument();
  });
});
