import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LINE_TEMPLATE_PLACEHOLDERS } from '@plainstaff/contracts/exports';
import { i18n } from '../../../lib/i18n';
import type { ExportSettings } from './export-settings';
import { TemplateFields } from './template-fields';

const settings: ExportSettings = {
  groupByMonth: true,
  groupByTask: true,
  groupByEmployee: false,
  titleTemplate: '',
  descriptionTemplate: '',
  rounding: 0,
  completeInBillomat: false,
  invoiceDate: '2026-06-30',
  markAsBilled: true,
};

function Harness() {
  const [value, setValue] = useState(settings);
  return <TemplateFields value={value} onChange={(patch) => setValue((v) => ({ ...v, ...patch }))} />;
}

function renderFields() {
  void i18n.changeLanguage('de');
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>
        <Harness />
      </MantineProvider>
    </I18nextProvider>,
  );
}

const insertButton = (name: string) => screen.getByRole('button', { name: `Platzhalter {${name}} einfügen` });

describe('TemplateFields', () => {
  it('offers every placeholder packages/billing fills, and nothing else', () => {
    renderFields();
    // The list billing renders from; {projektnummer} was once missing from the page's own copy.
    expect(LINE_TEMPLATE_PLACEHOLDERS).toContain('projektnummer');
    for (const name of LINE_TEMPLATE_PLACEHOLDERS) expect(insertButton(name)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Platzhalter .* einfügen$/ })).toHaveLength(
      LINE_TEMPLATE_PLACEHOLDERS.length,
    );
  });

  it('inserts a placeholder into the "Positionstitel"', async () => {
    renderFields();
    await userEvent.click(insertButton('projektnummer'));
    expect(screen.getByRole('textbox', { name: 'Positionstitel' })).toHaveValue('{projektnummer}');
  });

  it('inserts into the field edited last, also when the keyboard passes the other field on the way', async () => {
    renderFields();
    const title = screen.getByRole('textbox', { name: 'Positionstitel' });
    const description = screen.getByRole('textbox', { name: 'Positionsbeschreibung' });
    await userEvent.click(title);
    await userEvent.keyboard('{{task} ');
    // Tab through the description to the placeholders: the title is still the field edited last.
    await userEvent.tab();
    expect(description).toHaveFocus();
    await userEvent.tab();
    expect(insertButton('projekt')).toHaveFocus();
    while (!insertButton('monat').matches(':focus')) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(title).toHaveValue('{task} {monat}');
    expect(description).toHaveValue('');

    // Typing in the description makes it the target.
    await userEvent.click(description);
    await userEvent.keyboard('Leistung: ');
    await userEvent.click(insertButton('datum'));
    expect(description).toHaveValue('Leistung: {datum}');
  });
});
