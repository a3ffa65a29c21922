import { expect, test, type Page } from '@playwright/test';
import { demo, SANDBOX_CONTROL_TOKEN, SANDBOX_URL } from './testing/users';

// Issue 6, acceptance 1: press "Kunden aus billomat importieren" in the project dialog, pick an imported
// customer, save; rename the client in billomat (sandbox), import again: renamed, not duplicated,
// the summary says "1 aktualisiert".

const stamp = Date.now().toString(36).toUpperCase();
const firstName = `Gärtnerei Blütenreich ${stamp} GmbH`;
const renamed = `Gärtnerei Blütenreich ${stamp} AG`;
const shots = 'test-results/screenshots';

async function sandbox(method: string, path: string, body?: unknown) {
  const res = await fetch(`${SANDBOX_URL}/__sandbox${path}`, {
    method,
    headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
  return (await res.json()) as Record<string, string>;
}

async function importCustomers(page: Page, scope: ReturnType<Page['getByRole']>, summary: RegExp) {
  await scope.getByRole('button', { name: 'Kunden aus billomat importieren' }).click();
  const done = page
    .getByRole('alert')
    .filter({ hasText: 'Kundenimport abgeschlossen' })
    .filter({ hasText: summary });
  await expect(done).toBeVisible();
  return done;
}

async function customersNamed(page: Page, text: string) {
  const res = await page.request.get(`/api/customers?search=${encodeURIComponent(text)}&includeArchived=1`);
  return ((await res.json()) as { items: { id: number; name: string; source: string }[] }).items;
}

test('imports customers from billomat in the project dialog and updates a renamed client', async ({
  browser,
}) => {
  const page = await browser.newPage({ storageState: demo.admin.file });
  const client = await sandbox('POST', '/accounts/demo/clients', {
    name: firstName,
    street: 'Rosenweg 7',
    zip: '01067',
    city: 'Dresden',
    email: 'info@bluetenreich.example',
  });

  await page.goto('/projekte');
  await page.getByRole('button', { name: 'Neues Projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Projekt' });
  const importButton = dialog.getByRole('button', { name: 'Kunden aus billomat importieren' });
  await importButton.hover();
  await expect(page.getByRole('tooltip')).toContainText('Kunden aus billomat importieren');
  await page.screenshot({ path: `${shots}/customer-import-button.png` });

  const done = await importCustomers(page, dialog, /1 neu, 0 aktualisiert, \d+ unverändert/);
  await expect(done.getByRole('progressbar')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/customer-import-summary.png` });

  await dialog.getByRole('textbox', { name: 'Kunde', exact: true }).fill(stamp);
  await page.getByRole('option', { name: firstName, exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Projektnummer' }).fill(`IMP-${stamp}`);
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(`Gartenportal ${stamp}`);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(firstName).first()).toBeVisible();

  // Renamed in billomat → one update, no duplicate, the project shows the new name.
  await sandbox('PATCH', `/accounts/demo/clients/${client.id}`, { name: renamed });
  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
  const edit = page.getByRole('dialog', { name: /bearbeiten/ });
  await expect(edit.getByRole('textbox', { name: 'Kunde', exact: true })).toHaveValue(firstName);
  await importCustomers(page, edit, /0 neu, 1 aktualisiert, \d+ unverändert/);
  // The select box refreshed and kept the selection (same customer, new name).
  await expect(edit.getByRole('textbox', { name: 'Kunde', exact: true })).toHaveValue(renamed);
  await page.screenshot({ path: `${shots}/customer-import-renamed.png` });

  const matches = await customersNamed(page, `Blütenreich ${stamp}`);
  expect(matches).toHaveLength(1);
  expect(matches[0]).toMatchObject({ name: renamed, source: 'billomat' });
});

test('the Kunden page offers the import and shows the progress bar', async ({ browser }) => {
  const page = await browser.newPage({ storageState: demo.admin.file });
  // Slow billomat down so that the progress is visible.
  await sandbox('POST', '/faults', { kind: 'delay', delayMs: 1500, path: '/api/clients', method: 'GET' });
  await page.goto('/kunden');
  await page.getByRole('button', { name: 'Kunden aus billomat importieren' }).click();
  const running = page.getByRole('alert').filter({ hasText: 'Kunden werden aus billomat importiert' });
  await expect(running.getByRole('progressbar', { name: 'Fortschritt des Kundenimports' })).toBeVisible();
  await page.screenshot({ path: `${shots}/customer-import-progress.png` });
  await expect(page.getByRole('alert').filter({ hasText: 'Kundenimport abgeschlossen' })).toContainText(
    /0 neu, 0 aktualisiert, \d+ unverändert/,
  );
});
