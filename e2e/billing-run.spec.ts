import { expect, test } from '@playwright/test';
import { demo } from './testing/users';

// Issue 9: Administration › Abrechnungslauf on the demo data. The preview lists one invoice per
// project (or why a project is skipped), the estimate names the billomat requests, the run is
// started with drafts only, its progress ends, and the report lists every project.

test.use({ storageState: demo.admin.file });

const shots = 'test-results/screenshots';

test('Abrechnungslauf: preview, start, progress, report', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Abrechnungslauf' });
  if (!(await link.isVisible())) await page.getByText('Administration', { exact: true }).click();
  await link.click();
  await expect(page.getByRole('heading', { name: 'Abrechnungslauf', level: 2 })).toBeVisible();

  // A run left over from an earlier spec run must end first (it is cancelled, then reported).
  const cancel = page.getByRole('button', { name: 'Abbrechen' });
  if (await cancel.isVisible().catch(() => false)) await cancel.click();

  const startButton = page.getByRole('button', { name: 'Abrechnungslauf starten' });
  const empty = page.getByText(/Keine Projekte mit offenen abrechenbaren Stunden/);
  await expect(startButton.or(empty)).toBeVisible({ timeout: 30_000 });
  if (await empty.isVisible()) {
    // Demo bookings may all be newer than the end of last month: bill up to today instead.
    const cutoff = page.getByRole('textbox', { name: 'Stichtag' });
    const today = new Date().toLocaleDateString('de-DE', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    await cutoff.fill(today);
    await cutoff.blur();
    // The old preview (and its "Keine Projekte …") stays on screen while the new one is computed.
    await expect(startButton).toBeVisible({ timeout: 30_000 });
  }
  // Demo mode seeds open billable hours on projects whose customers come from the billomat import.
  await expect(empty).toBeHidden();

  const estimate = page.getByTestId('quota-estimate');
  await expect(estimate).toContainText(/benötigt \d+ Anfragen/);
  await page.getByRole('switch', { name: 'Nur Entwürfe anlegen' }).check({ force: true });
  // Projects whose customer is not linked to billomat are listed as skipped, with the reason.
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(estimate).toContainText(/benötigt \d+ Anfragen/);
  await page.screenshot({ path: `${shots}/billing-run-preview.png`, fullPage: true });

  await expect(startButton).toBeEnabled();
  const reports = page.getByRole('table', { name: 'Berichte' });
  const before = (await reports.isVisible()) ? await reports.locator('tbody tr').count() : 0;
  await startButton.click();

  // Live progress until the run ends (the page polls every 1.5 s); a short run may end at once.
  const progress = page.getByRole('region', { name: 'Abrechnungslauf läuft' });
  await expect(
    progress.or(page.getByRole('button', { name: 'Abrechnungslauf starten' })).first(),
  ).toBeVisible();
  if (await progress.isVisible()) {
    await expect(page.getByTestId('run-progress')).toContainText(/\d+ \/ \d+/);
    await page.screenshot({ path: `${shots}/billing-run-progress.png`, fullPage: true });
  }
  await expect(progress).toBeHidden({ timeout: 90_000 });

  await expect(reports.locator('tbody tr')).toHaveCount(before + 1);
  await reports
    .getByRole('button', { name: /Bericht öffnen/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: /Bericht Abrechnungslauf vom/ })).toBeVisible();
  const summary = page.getByTestId('report-summary');
  await expect(summary).toContainText(/\d+ Rechnungen? angelegt, \d+ übersprungen, \d+ fehlgeschlagen/);
  expect(Number((await summary.textContent())!.match(/(\d+) Rechnungen? angelegt/)![1])).toBeGreaterThan(0);
  await expect(page.getByText('angelegt', { exact: true }).first()).toBeVisible();
  // Every created invoice names its billomat invoice (number, or the draft's id).
  const first = page.locator('tbody tr').filter({ hasText: 'angelegt' }).first();
  await expect(first.getByRole('cell').nth(3)).not.toHaveText('–');
  await page.screenshot({ path: `${shots}/billing-run-report.png`, fullPage: true });

  await page.getByRole('button', { name: 'Zurück zu allen Berichten' }).click();
  await expect(reports).toBeVisible();
});
