import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { call, connectBillomat, importedCustomer, userByEmail, type Json } from './testing/api';
import { SANDBOX_CONTROL_TOKEN, SANDBOX_URL, demo } from './testing/users';

// Flow 3 (PRODUCT §2, §4): select last month's hours, group by month and task, export to the sandbox,
// check the invoice billomat holds, then undo. The spec makes its own project so the figures are exact.

test.use({ storageState: demo.admin.file });

async function sandbox(path: string): Promise<Json[]> {
  const res = await fetch(`${SANDBOX_URL}/__sandbox${path}`, {
    headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN },
  });
  expect(res.ok).toBeTruthy();
  return (await res.json()) as Json[];
}

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const de = (isoDate: string) => isoDate.split('-').reverse().join('.');

/** A connected integration with the project description printed, and a customer imported from billomat. */
async function arrange(api: APIRequestContext) {
  await connectBillomat(api, { printProjectDescription: true });
  const customer = await importedCustomer(api);
  expect(customer, 'a customer imported from billomat').toBeTruthy();
  const admin = await userByEmail(api, demo.admin.email);

  const number = `E2E-${Date.now() % 1_000_000}`;
  const project = await call(api, 'POST', '/projects', {
    number,
    name: 'Export-Test',
    description: 'Bestellnummer 4711-E2E',
    customerId: customer!.id,
    status: 'running',
    hourlyRateCents: 10000,
    tasks: [{ name: 'Konzeption', rateCents: 12000 }, { name: 'Umsetzung' }],
    members: [{ userId: admin!.id }],
  });
  const tasks = project.tasks as { id: number; name: string }[];
  const task = (name: string) => tasks.find((t) => t.name === name)!.id;
  const now = new Date();
  const day = (d: number) => iso(new Date(now.getFullYear(), now.getMonth() - 1, d));
  const bookings = [
    { taskId: task('Konzeption'), date: day(5), minutes: 90, comment: 'Workshop Anforderungen' },
    { taskId: task('Konzeption'), date: day(12), minutes: 60, comment: 'Feinkonzept' },
    { taskId: task('Umsetzung'), date: day(19), minutes: 150, comment: 'Prototyp' },
    // This month: outside "Letzter Monat", must stay open.
    { taskId: task('Umsetzung'), date: iso(now), minutes: 30, comment: 'Nachfrage' },
  ];
  for (const b of bookings)
    await call(api, 'POST', '/bookings', { projectId: project.id, employeeId: admin!.id, ...b });
  return { project, customer: customer!, number, first: day(5), last: day(19) };
}

const openBookings = async (api: APIRequestContext, projectId: unknown) =>
  (await call(api, 'GET', `/bookings?projectId=${projectId}&billingState=open`)).total;

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test('export last month grouped by month and task, check the sandbox invoice, undo', async ({ page }) => {
  const api = page.request;
  const { project, customer, number, first, last } = await arrange(api);

  await page.goto(`/projekte/${project.id}`);
  await page.getByRole('link', { name: 'Neue Rechnung' }).click();
  await expect(page.getByRole('heading', { name: `Neue Rechnung – Export-Test` })).toBeVisible();
  await page.getByText('Letzter Monat', { exact: true }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('3 von 3 Buchungen ausgewählt');
  await expect(page.getByTestId('selection-hours')).toHaveText('5,00 Std.');
  await expect(page.getByTestId('selection-amount')).toHaveText('550,00 €');

  await page.getByRole('checkbox', { name: 'Nach Monat gruppieren' }).check();
  await page.getByRole('checkbox', { name: 'Nach Task gruppieren' }).check();
  await page.getByRole('checkbox', { name: 'Nach Mitarbeiter gruppieren' }).uncheck();
  await page.getByLabel('Positionstitel').fill('{task} ');
  await page.getByRole('button', { name: 'Platzhalter {monat} einfügen' }).click();
  await expect(page.getByLabel('Positionstitel')).toHaveValue('{task} {monat}');
  await expect(page.getByRole('checkbox', { name: 'Buchungen als abgerechnet markieren' })).toBeChecked();
  await page.getByText('Als Entwurf anlegen').click();

  const lines = page.getByRole('table', { name: 'Rechnungspositionen' });
  await expect(lines.getByRole('row')).toHaveCount(3);
  await expect(lines).toContainText('2,50');
  await expect(page.getByTestId('invoice-totals')).toContainText('654,50 €');
  await expect(page.getByText(`${de(first)} – ${de(last)}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nach billomat exportieren' })).toBeEnabled();
  await shoot(page, 'export-page');

  await page.getByRole('button', { name: 'Nach billomat exportieren' }).click();
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toContainText('654,50 €');
  await expect(result.getByRole('link', { name: 'In billomat öffnen' })).toBeVisible();
  await shoot(page, 'export-result');

  const [exp] = (await call(api, 'GET', `/projects/${project.id}/exports`)).items!;
  expect(exp!.status).toBe('created');
  const invoiceNumber = String(exp!.invoiceNumber);
  await expect(page.getByTestId('booking-grid')).toContainText(invoiceNumber);
  expect(await openBookings(api, project.id)).toBe(1);

  // What billomat holds: one invoice with our reference, the lines, VAT and totals as previewed.
  const held = (await sandbox('/accounts/demo/invoices')).filter(
    (v) => (v.invoice as Json).customfield === exp!.reference,
  );
  expect(held).toHaveLength(1);
  const inv = held[0]!.invoice as Json;
  const items = held[0]!.items as Json[];
  expect(Number(inv.client_id)).toBe(customer.billomatClientId);
  expect(inv.label).toContain(number);
  expect(inv.label).toContain('Export-Test');
  expect(inv.intro).toBe('Bestellnummer 4711-E2E');
  expect(inv.supply_date_type).toBe('SUPPLY_TEXT');
  expect(inv.supply_date).toBe(`${de(first)} – ${de(last)}`);
  expect(inv.status).toBe('DRAFT');
  expect(Number(inv.total_net)).toBeCloseTo(550, 2);
  expect(Number(inv.total_gross)).toBeCloseTo(654.5, 2);
  const byTitle = (word: string) => items.find((i) => String(i.title).startsWith(word))!;
  for (const [title, price] of [
    ['Konzeption', 120],
    ['Umsetzung', 100],
  ] as const) {
    const item = byTitle(title);
    expect(Number(item.quantity)).toBeCloseTo(2.5, 2);
    expect(Number(item.unit_price)).toBeCloseTo(price, 2);
    expect(item.unit).toBe('Stunde');
    expect(Number(item.tax_rate)).toBe(19);
  }
  expect(items).toHaveLength(2);

  // Undo from the project file: the draft disappears from billomat, the bookings are open again.
  await page.goto(`/projekte/${project.id}`);
  await page.getByRole('tab', { name: 'Rechnungen' }).click();
  // The bookings tab shows the invoice number on its badges too: look only in the invoices tab, once open.
  await expect(page.getByRole('tab', { name: 'Rechnungen' })).toHaveAttribute('aria-selected', 'true');
  const invoices = page.getByRole('tabpanel', { name: 'Rechnungen' });
  const row = invoices.getByRole('row', { name: new RegExp(invoiceNumber) });
  await expect(row).toContainText('erstellt');
  await shoot(page, 'export-invoices-tab');
  await row.getByRole('button', { name: /Rückgängig machen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export rückgängig machen?' });
  await dialog.getByRole('button', { name: 'Entwurf löschen' }).click();
  await expect(row).toContainText('rückgängig gemacht');
  expect(
    (await sandbox('/accounts/demo/invoices')).filter(
      (v) => (v.invoice as Json).customfield === exp!.reference,
    ),
  ).toHaveLength(0);
  expect(await openBookings(api, project.id)).toBe(4);
});

test('the help explains the export', async ({ page }) => {
  await page.goto('/hilfe/stunden-nach-billomat-exportieren');
  await expect(page.getByRole('heading', { name: 'Stunden nach billomat exportieren' })).toBeVisible();
  await expect(page.getByText('Nach Monat gruppieren', { exact: false }).first()).toBeVisible();
});
