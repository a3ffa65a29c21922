import { expect, test, type Request } from '@playwright/test';
import { demo, SANDBOX_CONTROL_TOKEN, SANDBOX_URL } from './testing/users';

// Issue 19: customers at a firm's scale. Of 1,500 customers imported from billomat, the alphabetically
// last one (beyond the first 1,000 the "Kunde" box used to load) is found by typing its name in the
// project dialog, and on the Kunden page; no request of the browser asks for a long customer list.

test.use({ storageState: demo.admin.file });
test.setTimeout(120_000);

const stamp = Date.now().toString(36).toUpperCase();
const COUNT = 1500;
const lastName = `Zytglogge Uhrmacherei Ölz ${stamp}`;
const shots = 'test-results/screenshots';

async function addClients() {
  const clients = Array.from({ length: COUNT }, (_, i) =>
    i === COUNT - 1
      ? { name: lastName, street: 'Kramgasse 49', zip: '3600', city: 'Thun' }
      : { name: `Massenkunde ${stamp} ${String(i + 1).padStart(4, '0')}`, zip: '01067', city: 'Dresden' },
  );
  // Twenty at a time: the control API takes one client per request.
  for (let i = 0; i < clients.length; i += 20) {
    await Promise.all(
      clients.slice(i, i + 20).map(async (client) => {
        const res = await fetch(`${SANDBOX_URL}/__sandbox/accounts/demo/clients`, {
          method: 'POST',
          headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN, 'content-type': 'application/json' },
          body: JSON.stringify(client),
        });
        expect(res.ok, `add client: ${res.status}`).toBe(true);
      }),
    );
  }
}

/** What a customer request of the browser asks for: a search, one customer, or a page of at most 100. */
function customerListRequests(requests: Request[]) {
  return requests
    .map((r) => new URL(r.url()))
    .filter((u) => u.pathname === '/api/customers')
    .map((u) => Number(u.searchParams.get('pageSize') ?? 50));
}

test('1,500 imported customers: the last one by name is found in "Kunde" and on the Kunden page', async ({
  page,
}) => {
  const requests: Request[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/customers')) requests.push(r);
  });
  await addClients();

  // Import as a user does, from the Kunden page.
  await page.goto('/kunden');
  await page.getByRole('button', { name: 'Kunden aus billomat importieren' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Kundenimport abgeschlossen' })).toContainText(
    /\d+ neu/,
    { timeout: 60_000 },
  );
  // Ours by name: the last of 15 pages of 100 ends with it, so 1,499 come before it, by any collation.
  const lastPage = await page.request.get(`/api/customers?search=${stamp}&pageSize=100&page=15`);
  const { total, items } = (await lastPage.json()) as { total: number; items: { name: string }[] };
  expect([total, items.length, items.at(-1)?.name]).toEqual([COUNT, 100, lastName]);

  // The project dialog: a broad search shows 50 and says there are more; typing the name finds it.
  await page.goto('/projekte');
  await page.getByRole('button', { name: 'Neues Projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Projekt' });
  const customer = dialog.getByRole('textbox', { name: 'Kunde', exact: true });
  await customer.pressSequentially(`Massenkunde ${stamp}`, { delay: 15 });
  // Until the search answers, the list shows the first customers; then 50 of ours.
  await expect(page.getByRole('option', { name: new RegExp(`^Massenkunde ${stamp} `) })).toHaveCount(50);
  await expect(page.getByRole('option')).toHaveCount(50);
  await expect(page.getByText('Die ersten 50 Treffer. Für weitere bitte genauer suchen.')).toBeVisible();
  await page.screenshot({ path: `${shots}/customer-picker-more.png` });
  await customer.fill('');
  await customer.pressSequentially(`zytglogge ölz ${stamp.toLowerCase()}`, { delay: 15 });
  const option = page.getByRole('option', { name: lastName, exact: true });
  await expect(option).toBeVisible();
  await expect(option).toHaveAccessibleDescription(/^KD\d+ · Thun$/);
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/customer-picker.png` });
  await option.click();
  await expect(customer).toHaveValue(lastName);
  await dialog.getByRole('textbox', { name: 'Projektnummer' }).fill(`PICK-${stamp}`);
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Turmuhr');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(lastName).first()).toBeVisible();

  // The Kunden page searches the server: by name, and by a word of the name with the city.
  await page.goto('/kunden');
  const search = page.getByRole('textbox', { name: 'Kunden suchen' });
  await search.fill(`Zytglogge ${stamp}`);
  await expect(page.getByRole('cell', { name: new RegExp(lastName) })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  // The first search's one row is still there: wait for the second search's answer.
  const second = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === '/api/customers' &&
      new URL(r.url()).searchParams.get('search') === `${stamp} thun`,
  );
  await search.fill(`${stamp} thun`);
  await second;
  await expect(page.getByRole('cell', { name: new RegExp(lastName) })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: `${shots}/customer-picker-kunden.png` });

  // No request of the browser asked for more than a page of 100 customers.
  const pageSizes = customerListRequests(requests);
  expect(pageSizes.length).toBeGreaterThan(0);
  expect(Math.max(...pageSizes)).toBeLessThanOrEqual(100);
  expect(requests.some((r) => r.url().includes('/api/customers/search?q='))).toBe(true);
});
