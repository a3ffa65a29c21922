import { expect, test as setup } from '@playwright/test';
import { demo } from './testing/users';

// One login per role, saved as storage state for the specs (bulletproof-react's auth.setup pattern).
for (const [role, user] of Object.entries(demo)) {
  setup(`log in as ${role}`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-Mail').fill(user.email);
    await page.getByLabel('Passwort').fill(user.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.context().storageState({ path: user.file });
  });
}
