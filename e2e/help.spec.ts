import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { lastMonth, projectWithBookings, today } from './testing/projects';
import { demo } from './testing/users';

// Issue 21: every page of the flows has a "?" that opens its article beside the work, the help search
// finds articles by the words in them, and the help's screenshots are taken here, from the running
// product, into test-results/screenshots/ like every screenshot of the suite. With
// UPDATE_HELP_SCREENSHOTS=1 they are also written into the help feature (the SPA serves them from its
// build; commit them), and the last step then fails when a picture the help ships was not retaken.
// Without it a run leaves the working tree as it was.

test.use({ storageState: demo.admin.file });

const HELP_SHOTS = 'apps/web/src/features/help/screenshots';
const UPDATE = process.env.UPDATE_HELP_SCREENSHOTS === '1';
const SHOTS = 'test-results/screenshots';

async function shoot(target: Page | Locator, name: string) {
  // Clear of the fixed app header: Playwright alone would scroll the element to the very top, under it.
  if ('evaluate' in target && !('goto' in target))
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const png = await target.screenshot({ animations: 'disabled', caret: 'hide' });
  fs.mkdirSync(SHOTS, { recursive: true });
  if (UPDATE) fs.writeFileSync(path.join(HELP_SHOTS, `${name}.png`), png);
  fs.writeFileSync(path.join(SHOTS, `help-${name}.png`), png);
}

/** Clicks a "?" and checks that the drawer shows the article; Escape closes it again. */
async function helpOpens(page: Page, button: Locator, title: string, text: string | RegExp, shot?: string) {
  await button.click();
  const drawer = page.getByRole('dialog', { name: title });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText(text).first()).toBeVisible();
  if (shot) await page.screenshot({ path: `${SHOTS}/${shot}.png`, animations: 'disabled' });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();
}

const onThisTopic = (scope: Page | Locator) => scope.getByRole('button', { name: 'Hilfe zu diesem Thema' });

test('every page opens its article from its "?", and the help screenshots are taken', async ({ page }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  await page.setViewportSize({ width: 1280, height: 1200 });

  // Integrationen and the billomat settings dialog.
  await page.goto('/administration/integrationen');
  await helpOpens(page, onThisTopic(page).first(), 'billomat verbinden', 'Was Sie brauchen');
  await page.getByRole('region', { name: 'billomat' }).getByRole('button', { name: 'Einstellungen' }).click();
  const settings = page.getByRole('dialog', { name: 'billomat-Einstellungen' });
  await expect(settings.getByLabel('billomat-ID')).toHaveValue('demo');
  await shoot(settings, 'billomat-einstellungen');
  await helpOpens(
    page,
    onThisTopic(settings),
    'billomat verbinden',
    'Wenn der Test scheitert',
    'help-drawer-over-dialog',
  );
  await expect(settings).toBeVisible();
  await settings.getByRole('button', { name: 'Abbrechen' }).click();

  // The project dialog: the "?" beside "Kunden aus billomat importieren".
  await page.goto('/projekte');
  await page.getByRole('button', { name: 'Neues Projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Projekt' });
  await dialog.getByRole('button', { name: 'Kunden aus billomat importieren' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Kundenimport abgeschlossen' })).toBeVisible();
  await shoot(page, 'kunden-importieren');
  await helpOpens(page, onThisTopic(dialog), 'Kunden aus billomat importieren', 'Was der Import tut');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();

  // "Neue Rechnung": 20 minutes among the bookings, so the preview shows a rounding difference.
  const project = await projectWithBookings(
    page.request,
    'Website-Relaunch',
    ['Konzeption', 'Umsetzung'],
    [
      { task: 'Konzeption', date: lastMonth(5), minutes: 90, comment: 'Workshop Anforderungen' },
      { task: 'Konzeption', date: lastMonth(12), minutes: 20, comment: 'Rückfrage Kunde' },
      { task: 'Umsetzung', date: lastMonth(19), minutes: 150, comment: 'Prototyp Startseite' },
      { task: 'Umsetzung', date: today(), minutes: 45, comment: 'Feinschliff' },
    ],
  );
  await page.goto(`/projekte/${String(project.id)}/rechnung`);
  await page.getByText('Letzter Monat', { exact: true }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('3 von 3 Buchungen ausgewählt');
  await page.getByRole('checkbox', { name: 'Nach Monat gruppieren' }).check();
  await page.getByRole('checkbox', { name: 'Nach Task gruppieren' }).check();
  await page.getByLabel('Positionstitel').fill('{task} {monat}');
  await page.getByText('Als Entwurf anlegen').click();
  const totals = page.getByTestId('invoice-totals');
  await expect(totals).toContainText('433,00 €');
  await expect(page.getByTestId('rounding-difference')).toContainText('−0,33 €');
  await expect(page.getByText('wird aktualisiert …')).toBeHidden();
  await shoot(page.getByRole('region', { name: 'Buchungen auswählen' }), 'export-buchungen');
  await shoot(page.getByRole('region', { name: 'Rechnungspositionen gestalten' }), 'export-positionen');
  await shoot(page.locator('[aria-labelledby="preview-heading"]'), 'export-vorschau');
  await shoot(totals, 'export-rundungsdifferenz');
  await helpOpens(page, onThisTopic(page), 'Stunden nach billomat exportieren', 'Voraussetzungen');
  await helpOpens(
    page,
    page.getByRole('button', { name: 'Hilfe: Rechnungspositionen gestalten' }),
    'Rechnungspositionen gestalten',
    '{kommentare}',
  );
  await helpOpens(
    page,
    page.getByRole('button', { name: 'Hilfe: Rundungsdifferenz' }),
    'Abrechnungstakt und Rundung',
    'Das Beispiel: 20 Minuten zu 100 €',
  );

  await page.getByRole('button', { name: 'Nach billomat exportieren' }).click();
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await shoot(result, 'export-ergebnis');

  // The billed booking's badge links to the export in the project file's "Rechnungen" tab.
  await page.getByRole('textbox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'abgerechnet', exact: true }).click();
  const [exp] = (await (await page.request.get(`/api/projects/${String(project.id)}/exports`)).json())
    .items as { id: number; invoiceNumber: string | null }[];
  await page
    .getByRole('button', { name: `${exp!.invoiceNumber ?? 'abgerechnet'}: Rechnung öffnen` })
    .first()
    .click();
  await expect(page.getByRole('menuitem', { name: 'In billomat öffnen' })).toHaveAttribute('href', /^http/);
  await page.getByRole('menuitem', { name: 'In der Projektakte anzeigen' }).click();
  await expect(page).toHaveURL(`/projekte/${String(project.id)}?tab=invoices&export=${exp!.id}`);
  await expect(page.getByRole('tab', { name: 'Rechnungen' })).toHaveAttribute('aria-selected', 'true');
  const invoices = page.getByRole('tabpanel', { name: 'Rechnungen' });
  await expect(invoices.getByRole('button', { name: /Positionen von .* ausblenden/ })).toBeFocused();
  await shoot(invoices, 'export-rechnungen');

  // Abrechnungslauf: the preview up to today (earlier specs may have billed last month already).
  await page.goto('/administration/abrechnungslauf');
  const cutoff = page.getByRole('textbox', { name: 'Stichtag' });
  await cutoff.fill(today().split('-').reverse().join('.'));
  await cutoff.blur();
  await page.getByRole('switch', { name: 'Nur Entwürfe anlegen' }).check({ force: true });
  await expect(page.getByRole('button', { name: 'Abrechnungslauf starten' })).toBeEnabled({
    timeout: 30_000,
  });
  await expect(page.getByTestId('quota-estimate')).toContainText(/benötigt \d+ Anfragen/);
  await shoot(
    page
      .getByRole('heading', { name: 'Neuer Abrechnungslauf' })
      .locator('xpath=ancestor::div[contains(@class,"mantine-Paper-root")][1]'),
    'abrechnungslauf',
  );
  await helpOpens(page, onThisTopic(page), 'Abrechnungslauf', 'Der Bericht');

  // Übersicht: the tiles and the invoice status.
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Abgerechnet', exact: true })).toBeVisible();
  await page.mouse.move(0, 0);
  const main = await page.locator('main').boundingBox();
  const top = await page.getByRole('heading', { name: 'Übersicht', level: 2 }).boundingBox();
  const status = await page
    .getByRole('heading', { name: 'Rechnungen in billomat' })
    .locator('xpath=ancestor::div[contains(@class,"mantine-Paper-root")][1]')
    .boundingBox();
  await page.screenshot({ path: path.join(SHOTS, 'help-uebersicht-page.png'), fullPage: true });
  const png = await page.screenshot({
    animations: 'disabled',
    clip: {
      x: top!.x - 12,
      y: top!.y - 12,
      width: main!.x + main!.width - top!.x + 12,
      height: status!.y + status!.height - top!.y + 24,
    },
  });
  if (UPDATE) fs.writeFileSync(path.join(HELP_SHOTS, 'uebersicht.png'), png);
  fs.writeFileSync(path.join(SHOTS, 'help-uebersicht.png'), png);
  await helpOpens(page, onThisTopic(page), 'Die Übersicht', 'Buchungen freigeben');

  // Every picture the help ships was taken just now (when retaking them).
  if (!UPDATE) return;
  const stale = fs
    .readdirSync(HELP_SHOTS)
    .filter((f) => f.endsWith('.png') && fs.statSync(path.join(HELP_SHOTS, f)).mtimeMs < started);
  expect(stale, 'screenshots in the help that this spec no longer takes').toEqual([]);
});

test('the help search finds articles by the words in them', async ({ page }) => {
  await page.goto('/hilfe');
  const search = page.getByRole('searchbox', { name: 'Hilfe durchsuchen' });
  await search.fill('Rundungsdifferenz');
  await expect(page.getByRole('link', { name: /Abrechnungstakt und Rundung/ })).toBeVisible();
  await search.fill('Kontingent');
  await expect(page.getByRole('status')).toHaveText('1 Hilfethema gefunden');
  await page.getByRole('link', { name: /Abrechnungslauf/ }).click();
  await expect(page.getByRole('heading', { name: 'Abrechnungslauf', level: 2 })).toBeVisible();
  await expect(page.getByRole('img', { name: /Die Seite Abrechnungslauf/ })).toBeVisible();
  // Back keeps the search.
  await page.goBack();
  await expect(search).toHaveValue('Kontingent');
  await page.screenshot({ path: `${SHOTS}/help-search.png`, fullPage: true });
});
