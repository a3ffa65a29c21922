import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { lastMonth, projectWithBookings } from './testing/projects';
import { SANDBOX_CONTROL_TOKEN, SANDBOX_URL, demo } from './testing/users';

// Issue 21: axe on every page of the three flows, the billing run and the help: no serious or critical
// violation of WCAG 2.2 A/AA. Each page's findings (all impacts) are written to test-results/a11y/.

test.use({ storageState: demo.admin.file });

const REPORTS = 'test-results/a11y';

async function audit(page: Page, name: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  }));
  fs.mkdirSync(REPORTS, { recursive: true });
  fs.writeFileSync(`${REPORTS}/${name}.json`, `${JSON.stringify(found, null, 2)}\n`);
  console.log(
    `axe ${name}: ${found.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ') || 'clean'}`,
  );
  const severe = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(severe, `serious or critical axe findings on ${name}`).toEqual([]);
}

test.describe('without a session', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('login', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
    await audit(page, 'login');
  });
});

test('Übersicht', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Nicht abgerechnet' })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await audit(page, 'uebersicht');
});

test('project file, export page and the help beside it', async ({ page }) => {
  const project = await projectWithBookings(
    page.request,
    'Barrierefrei',
    ['Konzeption', 'Umsetzung'],
    [
      { task: 'Konzeption', date: lastMonth(4), minutes: 90, comment: 'Workshop' },
      { task: 'Konzeption', date: lastMonth(11), minutes: 20, comment: 'Rückfrage' },
      { task: 'Umsetzung', date: lastMonth(18), minutes: 150, comment: 'Prototyp' },
    ],
  );
  await page.goto(`/projekte/${String(project.id)}`);
  await expect(page.getByRole('heading', { name: 'Barrierefrei', level: 2 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Buchungen' })).toBeVisible();
  await expect(page.getByText('Workshop')).toBeVisible();
  await audit(page, 'projektakte');

  await page.getByRole('link', { name: 'Neue Rechnung' }).click();
  await page.getByText('Letzter Monat', { exact: true }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('3 von 3 Buchungen ausgewählt');
  await expect(page.getByTestId('rounding-difference')).toBeVisible();
  // The steady page: while the preview recomputes, it is shown faded on purpose (stale figures).
  await expect(page.getByText('wird aktualisiert …')).toBeHidden();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await audit(page, 'neue-rechnung');

  await page.getByRole('button', { name: 'Hilfe zu diesem Thema' }).click();
  await expect(page.getByRole('dialog', { name: 'Stunden nach billomat exportieren' })).toBeVisible();
  await audit(page, 'hilfe-drawer');
});

test('billomat settings dialog', async ({ page }) => {
  await page.goto('/administration/integrationen');
  await page.getByRole('region', { name: 'billomat' }).getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'billomat-Einstellungen' });
  await expect(dialog.getByLabel('billomat-ID')).toBeVisible();
  await audit(page, 'billomat-einstellungen');
});

test('customer import in the project dialog, with its progress', async ({ page }) => {
  // billomat answers slowly, so the progress bar is on screen while axe looks.
  const res = await fetch(`${SANDBOX_URL}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'delay', delayMs: 4000, path: '/api/clients', method: 'GET' }),
  });
  expect(res.ok).toBeTruthy();
  await page.goto('/projekte');
  await page.getByRole('button', { name: 'Neues Projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Projekt' });
  await dialog.getByRole('button', { name: 'Kunden aus billomat importieren' }).click();
  await expect(page.getByRole('progressbar', { name: 'Fortschritt des Kundenimports' })).toBeVisible();
  await audit(page, 'kundenimport-fortschritt');
  await expect(page.getByRole('alert').filter({ hasText: 'Kundenimport abgeschlossen' })).toBeVisible({
    timeout: 20_000,
  });
  await audit(page, 'kundenimport-ergebnis');
});

test('Abrechnungslauf', async ({ page }) => {
  await page.goto('/administration/abrechnungslauf');
  await expect(page.getByRole('heading', { name: 'Abrechnungslauf', level: 2 })).toBeVisible();
  await expect(
    page
      .getByRole('button', { name: 'Abrechnungslauf starten' })
      .or(page.getByText(/Keine Projekte mit offenen abrechenbaren Stunden/))
      .or(page.getByRole('region', { name: 'Abrechnungslauf läuft' })),
  ).toBeVisible({ timeout: 30_000 });
  await audit(page, 'abrechnungslauf');
});

test('Hilfe: list, search and an article', async ({ page }) => {
  await page.goto('/hilfe');
  await expect(page.getByRole('heading', { name: 'Hilfe', level: 2 })).toBeVisible();
  await audit(page, 'hilfe');
  await page.goto('/hilfe/abrechnungstakt-und-rundung');
  await expect(page.getByRole('heading', { name: 'Abrechnungstakt und Rundung' })).toBeVisible();
  await audit(page, 'hilfe-artikel');
});
