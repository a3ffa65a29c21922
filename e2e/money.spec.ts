import { expect, test } from '@playwright/test';
import { call, connectBillomat, importedCustomer, userByEmail, type Json } from './testing/api';
import { SANDBOX_CONTROL_TOKEN, SANDBOX_URL, demo } from './testing/users';

// Issue 17: one billing rule, the same figure everywhere. A 20-minute booking at 100 € is 0,33 Std.
// and 33,00 € in the grid AND on billomat's invoice line (not 33,33 €); a booking of 2:50 h bills
// 2,83 Std. = 283,00 € and the preview says so: "Rundungsdifferenz −0,33 €".

test.use({ storageState: demo.admin.file });

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

test('the grid shows what the invoice bills, and the preview shows the rounding difference', async ({
  page,
}) => {
  const api = page.request;
  await connectBillomat(api);
  const customer = await importedCustomer(api);
  const admin = await userByEmail(api, demo.admin.email);
  const project = await call(api, 'POST', '/projects', {
    number: `RUND-${Date.now() % 1_000_000}`,
    name: 'Rundung',
    customerId: customer!.id,
    status: 'running',
    hourlyRateCents: 10000,
    tasks: [{ name: 'Beratung' }],
    members: [{ userId: admin!.id }],
  });
  const taskId = (project.tasks as { id: number }[])[0]!.id;
  const now = new Date();
  const day = (d: number) => iso(new Date(now.getFullYear(), now.getMonth() - 1, d));
  for (const b of [
    { date: day(3), minutes: 20, comment: 'Kurzer Anruf' },
    { date: day(10), minutes: 170, comment: 'Workshop' },
  ])
    await call(api, 'POST', '/bookings', { projectId: project.id, employeeId: admin!.id, taskId, ...b });

  await page.goto(`/projekte/${String(project.id)}/rechnung`);
  await page.getByText('Letzter Monat', { exact: true }).click();
  const grid = page.getByTestId('booking-grid');
  const short = grid.getByRole('row', { name: /Kurzer Anruf/ });
  await expect(short).toContainText('0:20');
  await expect(short).toContainText('0,33 Std.');
  await expect(short).toContainText('100,00 €');
  await expect(short).toContainText('33,00 €');
  await expect(short).not.toContainText('33,33');
  await expect(grid.getByRole('row', { name: /Workshop/ })).toContainText('283,00 €');
  await expect(page.getByTestId('selection-amount')).toHaveText('316,00 €');

  // The 2:50 h booking alone, as one line: the preview names the difference to the exact 283,33 €.
  await page.getByRole('checkbox', { name: 'Nach Monat gruppieren' }).check();
  await grid.getByRole('row', { name: /Kurzer Anruf/ }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('1 von 2 Buchungen ausgewählt');
  const difference = page.getByTestId('rounding-difference');
  await expect(difference).toContainText('Rundungsdifferenz');
  await expect(difference).toContainText('−0,33 €');
  await expect(difference).toContainText('6 Minuten');
  await expect(page.getByTestId('invoice-totals')).toContainText('283,00 €');
  await page.screenshot({ path: 'test-results/screenshots/rounding-difference.png', fullPage: true });

  // Now the 20 minutes alone, exported: billomat's invoice line bills 0,33 × 100 € = 33,00 €.
  await grid.getByRole('row', { name: /Workshop/ }).click();
  await grid.getByRole('row', { name: /Kurzer Anruf/ }).click();
  await expect(page.getByTestId('selection-amount')).toHaveText('33,00 €');
  await expect(page.getByTestId('invoice-totals')).toContainText('33,00 €');
  await page.getByRole('button', { name: 'Nach billomat exportieren' }).click();
  await expect(page.getByTestId('export-result')).toBeVisible({ timeout: 20_000 });
  const [exp] = (await call(api, 'GET', `/projects/${String(project.id)}/exports`)).items!;
  const res = await fetch(`${SANDBOX_URL}/__sandbox/accounts/demo/invoices`, {
    headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN },
  });
  const held = ((await res.json()) as Json[]).find(
    (v) => (v.invoice as Json).customfield === exp!.reference,
  )!;
  const [item] = held.items as Json[];
  expect(item).toMatchObject({ quantity: '0.33', unit_price: '100', total_net: '33' });
  expect((held.invoice as Json).total_net).toBe('33');
  expect(exp).toMatchObject({ totalNetCents: 3300, billomatTotalsDiffer: false });
});
