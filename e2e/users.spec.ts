import { expect, test } from '@playwright/test';
import { demo } from './testing/users';

test.use({ storageState: demo.admin.file });

test('an admin creates, edits and deactivates a user', async ({ page }) => {
  await page.goto('/administration/benutzer');
  await expect(page.getByRole('heading', { name: 'Benutzer' })).toBeVisible();
  await page.getByRole('button', { name: 'Neuer Benutzer' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Paula Praktikantin');
  await dialog.getByLabel('E-Mail').fill('paula@demo.plainstaff.de');
  await dialog.getByLabel('Standard-Stundensatz').fill('abc');
  await dialog.getByLabel('Passwort').fill('kurz');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText('Bitte einen Betrag wie 95 oder 1.234,50 eingeben.')).toBeVisible();
  await expect(dialog.getByText('Das Passwort braucht mindestens 10 Zeichen.')).toBeVisible();

  await dialog.getByLabel('Standard-Stundensatz').fill('72,50');
  await dialog.getByLabel('Passwort').fill('ein-langes-passwort');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /Paula Praktikantin/ });
  await expect(row).toContainText('72,50 €');

  await row.getByRole('switch', { name: 'Paula Praktikantin aktiv' }).click({ force: true });
  await expect(row.getByRole('switch')).not.toBeChecked();
  await page.screenshot({ path: 'test-results/screenshots/users.png', fullPage: true });
});
