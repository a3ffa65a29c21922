import { expect, test, type APIRequestContext } from '@playwright/test';
import { call, connectBillomat, importedCustomer, userByEmail, type Json } from './testing/api';
import { SANDBOX_CONTROL_TOKEN, SANDBOX_URL, demo } from './testing/users';

// Issue 8: the Übersicht renders with its chart, an aging bucket opens the export page with that period,
// and "Status aktualisieren" shows an invoice marked paid in the sandbox as paid. The spec makes its own
// project (a customer imported from billomat, three bookings of different ages, one exported).

test.use({ storageState: demo.admin.file });

async function markInSandbox(invoiceId: number, status: string) {
  const res = await fetch(`${SANDBOX_URL}/__sandbox/accounts/demo/invoices/${invoiceId}/status`, {
    method: 'PUT',
    headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify({ status }),
  });
  expect(res.ok, await res.text()).toBeTruthy();
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** 123450 → "1.234,50 €", as the UI prints it. */
const euro = (cents: number) =>
  `${Math.trunc(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+$)/g, '.')},${String(cents % 100).padStart(2, '0')} €`;

async function arrange(api: APIRequestContext) {
  await connectBillomat(api);
  const customer = (await importedCustomer(api))!;
  const admin = (await userByEmail(api, demo.admin.email))!;
  const today = String((await call(api, 'GET', '/overview')).today);

  const number = `UE-${Date.now() % 1_000_000}`;
  const project = await call(api, 'POST', '/projects', {
    number,
    name: 'Übersicht-Test',
    customerId: customer.id,
    status: 'running',
    hourlyRateCents: 10000,
    tasks: [{ name: 'Beratung' }],
    members: [{ userId: admin.id }],
  });
  const taskId = (project.tasks as { id: number }[])[0]!.id;
  const book = async (daysAgo: number, minutes: number) =>
    (
      await call(api, 'POST', '/bookings', {
        projectId: project.id,
        employeeId: admin.id,
        taskId,
        date: addDays(today, -daysAgo),
        minutes,
        comment: `vor ${daysAgo} Tagen`,
      })
    ).id as number;
  await book(5, 60);
  await book(45, 120);
  const exported = await book(100, 90);

  // Export the oldest booking: 1,50 Std. × 100 € = 150,00 € net, 178,50 € gross.
  const options = {
    selection: { filter: { state: 'open' }, mode: 'only', included: [exported] },
    invoiceDate: today,
    markAsBilled: true,
    groupByMonth: true,
    groupByTask: true,
    groupByEmployee: false,
    rounding: 0,
    completeInBillomat: null,
  };
  const preview = await call(api, 'POST', `/projects/${project.id}/export-preview`, options);
  const exp = await call(api, 'POST', `/projects/${project.id}/exports`, {
    ...options,
    previewToken: preview.previewToken,
  });
  expect(exp.status).toBe('created');
  return {
    project,
    customer,
    today,
    number,
    invoiceId: Number(exp.billomatInvoiceId),
    gross: Number(exp.totalGrossCents),
  };
}

test('Übersicht: KPIs and chart, aging bucket opens the export page, paid status from billomat', async ({
  page,
}) => {
  const api = page.request;
  const { project, customer, today, number, invoiceId, gross } = await arrange(api);
  expect(gross).toBe(17_850);
  // Bring every other invoice's status up to date first, so only ours changes below.
  const before = await call(api, 'POST', '/overview/refresh-status');
  const euros = ((before.invoices as Json).amounts as Json[]).find((a) => a.currency === 'EUR');
  const paidBefore = Number(euros?.paidCents ?? 0);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Übersicht', level: 2 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Nicht abgerechnet' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Abgerechnet und nicht abgerechnet je Monat' }),
  ).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'CSV herunterladen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Projekte' })).toContainText(number);

  // billomat says: paid. "Status aktualisieren" shows it.
  await markInSandbox(invoiceId, 'PAID');
  await page.getByRole('button', { name: 'Status aktualisieren' }).click();
  await expect(page.getByText(/geprüft, 1 geändert/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Bezahlt' })).toContainText(euro(paidBefore + gross));
  await page.screenshot({ path: 'test-results/screenshots/overview.png', fullPage: true });

  // The 31–60 days bucket of our customer: the booking of 45 days ago.
  const bucket = page.getByRole('button', {
    name: `Rechnung für ${String(customer.name)}, 31–60 Tage öffnen`,
  });
  await bucket.click();
  const item = page.getByRole('menuitem', { name: new RegExp(number) });
  // Several projects of the customer in that bucket: a menu asks which one.
  await expect.poll(async () => page.url().includes('/rechnung') || (await item.count()) > 0).toBe(true);
  if (!page.url().includes('/rechnung')) await item.click();
  const from = addDays(today, -60);
  const to = addDays(today, -31);
  await expect(page).toHaveURL(`/projekte/${String(project.id)}/rechnung?from=${from}&to=${to}`);
  // The export page applies the period: only the booking of 45 days ago (2 Std.) is listed.
  await expect(page.getByText('1 von 1 Buchungen ausgewählt').first()).toBeVisible();
  // In the grid: the preview's invoice line quotes the same comment in its description.
  const grid = page.getByTestId('booking-grid');
  await expect(grid.getByRole('row', { name: /vor 45 Tagen/ })).toBeVisible();
  await expect(grid.getByRole('row', { name: /vor 5 Tagen/ })).toHaveCount(0);
});

test.describe('as an employee', () => {
  test.use({ storageState: demo.employee.file });

  test('sees only her own hours, no invoices and no aging', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Ihre eigenen Stunden.')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Gebucht' })).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Status aktualisieren' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Alter der nicht abgerechneten Stunden' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screenshots/overview-employee.png', fullPage: true });
  });
});
