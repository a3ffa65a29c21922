import { expect, test } from '@playwright/test';
import { demo } from './testing/users';

test('logs in, visits every menu entry, switches language and logs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('E-Mail').fill(demo.admin.email);
  await page.getByLabel('Passwort').fill(demo.admin.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();

  const nav = page.getByRole('navigation');
  await expect(page.getByText('Demo-Modus').first()).toBeVisible();
  for (const [label, url] of [
    ['Übersicht', /\/$/],
    ['Projekte', /\/projekte$/],
    ['Buchungen', /\/buchungen$/],
    ['Kunden', /\/kunden$/],
    ['Hilfe', /\/hilfe$/],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }
  await nav.getByText('Administration').click();
  await nav.getByRole('link', { name: 'Integrationen' }).click();
  await expect(page).toHaveURL(/\/administration\/integrationen$/);
  await expect(page.getByRole('heading', { name: 'Integrationen' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/shell-de.png', fullPage: true });
  await nav.getByRole('link', { name: 'Benutzer' }).click();
  await expect(page).toHaveURL(/\/administration\/benutzer$/);
  await expect(page.getByRole('heading', { name: 'Benutzer', level: 2 })).toBeVisible();
  await nav.getByRole('link', { name: 'Abrechnungslauf' }).click();
  await expect(page).toHaveURL(/\/administration\/abrechnungslauf$/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await nav.getByRole('link', { name: 'Integrationen' }).click();

  await page.getByRole('radiogroup', { name: 'Sprache' }).getByText('EN').click();
  await expect(nav.getByRole('link', { name: 'Projects', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Integrations' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/shell-en.png', fullPage: true });

  // The language is remembered per user: a reload keeps English.
  await page.reload();
  await expect(nav.getByRole('link', { name: 'Customers', exact: true })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('DE').click();
  await expect(nav.getByRole('link', { name: 'Kunden', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Konto' }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/projekte');
  await expect(page).toHaveURL(/\/login/);
});
