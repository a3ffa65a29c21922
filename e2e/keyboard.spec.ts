import { expect, test, type Locator, type Page } from '@playwright/test';
import { lastMonth, projectWithBookings } from './testing/projects';
import { demo } from './testing/users';

// Issue 21: the whole export with the keyboard only – Tab, Shift+Tab, Space, Enter and arrow keys, no
// mouse: open "Neue Rechnung", choose the period, select bookings, set the grouping and the line title,
// export, read the result, and follow the billed booking's badge to its export in the project file.

test.use({ storageState: demo.admin.file });

const focused = (target: Locator) => target.evaluate((el) => el.matches(':focus, :focus-within'));

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it is not reachable. */
async function tabTo(page: Page, target: Locator, back = false) {
  await expect(target).toBeAttached();
  for (let i = 0; i < 120; i++) {
    if (await focused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} cannot be reached with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Presses `key` until `done` holds (arrow keys in radio groups, lists and menus). */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>) {
  for (let i = 0; i < 10; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  expect(await done(), `pressing ${key} did not get there`).toBe(true);
}

const shots = 'test-results/screenshots';

test('export with the keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const project = await projectWithBookings(
    page.request,
    'Tastatur',
    ['Konzeption', 'Umsetzung'],
    [
      { task: 'Konzeption', date: lastMonth(6), minutes: 120, comment: 'Konzept' },
      { task: 'Konzeption', date: lastMonth(13), minutes: 60, comment: 'Abstimmung' },
      { task: 'Umsetzung', date: lastMonth(20), minutes: 180, comment: 'Umsetzung Formular' },
    ],
  );
  await page.goto(`/projekte/${String(project.id)}`);
  await expect(page.getByRole('heading', { name: 'Tastatur', level: 2 })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Neue Rechnung' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Neue Rechnung – Tastatur' })).toBeVisible();

  // Zeitraum: a radio group – Tab reaches the chosen period, the arrow keys choose another.
  const period = page.getByRole('radiogroup', { name: 'Zeitraum' });
  await tabTo(page, period.getByRole('radio', { checked: true }));
  const lastMonthRadio = period.getByRole('radio', { name: 'Letzter Monat' });
  await pressUntil(page, 'ArrowLeft', () => lastMonthRadio.isChecked());
  const count = page.getByTestId('selection-count');
  await expect(count).toHaveText('3 von 3 Buchungen ausgewählt');

  // Bookings: Space on a row's checkbox takes it out of the selection and back in.
  const rows = page.getByRole('checkbox', { name: /^Buchung vom .* auswählen$/ });
  await tabTo(page, rows.nth(1));
  await page.keyboard.press('Space');
  await expect(count).toHaveText('2 von 3 Buchungen ausgewählt');
  await expect(rows.nth(1)).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(count).toHaveText('3 von 3 Buchungen ausgewählt');
  // Shift+Tab goes back through the rows.
  await tabTo(page, rows.nth(0), true);

  // Grouping: by month and task, not by employee.
  for (const [name, on] of [
    ['Nach Monat gruppieren', true],
    ['Nach Task gruppieren', true],
    ['Nach Mitarbeiter gruppieren', false],
  ] as const) {
    const box = page.getByRole('checkbox', { name });
    await tabTo(page, box);
    if ((await box.isChecked()) !== on) await page.keyboard.press('Space');
    await expect(box).toBeChecked({ checked: on });
  }

  // Line title: typed, then a placeholder inserted with Enter on its button.
  const title = page.getByRole('textbox', { name: 'Positionstitel' });
  await tabTo(page, title);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('{task} ');
  await tabTo(page, page.getByRole('button', { name: 'Platzhalter {monat} einfügen' }));
  await page.keyboard.press('Enter');
  await expect(title).toHaveValue('{task} {monat}');
  await expect(title).toBeFocused();

  // Draft in billomat, bookings marked as billed.
  const state = page.getByRole('radiogroup', { name: 'In billomat' });
  await tabTo(page, state.getByRole('radio', { checked: true }));
  const draft = state.getByRole('radio', { name: 'Als Entwurf anlegen' });
  await pressUntil(page, 'ArrowLeft', () => draft.isChecked());
  await expect(page.getByRole('checkbox', { name: 'Buchungen als abgerechnet markieren' })).toBeChecked();

  const lines = page.getByRole('table', { name: 'Rechnungspositionen' });
  await expect(lines.getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('invoice-totals')).toContainText('600,00 €');

  // Export: Enter on the button; the keyboard continues from the result.
  await tabTo(page, page.getByRole('button', { name: 'Nach billomat exportieren' }));
  await page.keyboard.press('Enter');
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toBeFocused();
  await expect(result).toContainText('Netto 600,00 € · Brutto 714,00 €');
  await page.keyboard.press('Tab');
  await expect(result.getByRole('link', { name: 'In billomat öffnen' })).toBeFocused();
  await page.screenshot({ path: `${shots}/keyboard-export-result.png`, fullPage: true });

  // The billed bookings: Status "abgerechnet", then the badge's menu to the export in the project file.
  const status = page.getByRole('textbox', { name: 'Status' });
  await tabTo(page, status);
  await page.keyboard.press('ArrowDown');
  const billed = page.getByRole('option', { name: 'abgerechnet', exact: true });
  await pressUntil(
    page,
    'ArrowDown',
    async () => (await billed.getAttribute('data-combobox-selected')) !== null,
  );
  await page.keyboard.press('Enter');
  await expect(status).toHaveValue('abgerechnet');
  const badge = page.getByRole('button', { name: /: Rechnung öffnen$/ }).first();
  await tabTo(page, badge);
  await page.keyboard.press('Enter');
  const toProject = page.getByRole('menuitem', { name: 'In der Projektakte anzeigen' });
  await pressUntil(page, 'ArrowDown', () => focused(toProject));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/projekte/${String(project.id)}\\?tab=invoices&export=\\d+$`));
  await expect(page.getByRole('tab', { name: 'Rechnungen' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: /Positionen von .* ausblenden/ })).toBeFocused();
});
