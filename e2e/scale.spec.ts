import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { call, connectBillomat, importedCustomer, userByEmail } from './testing/api';
import { demo } from './testing/users';

// Issue 18: a firm's real shape. 100,000 bookings on one project; "Gesamt", "alle gefilterten
// auswählen", preview and export as a user does them — and the page receives well under 1 MB, because
// the grid is a window of keyset pages and the selection, totals and preview are evaluated on the server.

test.use({ storageState: demo.admin.file });
test.setTimeout(180_000);

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BOOKINGS = 100_000;

/** `pnpm seed --bookings … --project …` into the database of the running e2e server. */
function seed(projectNumber: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  else env.DATA_DIR = path.join(ROOT, 'test-results', `e2e-data-${PORT}`);
  const res = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [
      'apps/server/src/seed/seed-cli.ts',
      '--bookings',
      String(BOOKINGS),
      '--project',
      projectNumber,
      '--seed',
      '18',
    ],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(0);
}

test('100,000 bookings: Gesamt, alle gefilterten auswählen, preview, export — under 1 MB', async ({
  page,
}) => {
  const api = page.request;
  await connectBillomat(api);
  const customer = await importedCustomer(api);
  const admin = await userByEmail(api, demo.admin.email);
  const number = `RETAINER-${Date.now() % 1_000_000}`;
  const project = await call(api, 'POST', '/projects', {
    number,
    name: 'Rahmenvertrag',
    customerId: customer!.id,
    status: 'running',
    hourlyRateCents: 9550,
    tasks: [{ name: 'Beratung' }, { name: 'Entwicklung', rateCents: 11000 }, { name: 'Support' }],
    members: [{ userId: admin!.id }],
  });
  seed(number);

  let api_bytes = 0;
  let all_bytes = 0;
  page.on('requestfinished', (request) => {
    void request.sizes().then((s) => {
      const bytes = s.responseBodySize + s.responseHeadersSize;
      all_bytes += bytes;
      if (new URL(request.url()).pathname.startsWith('/api/')) api_bytes += bytes;
    });
  });

  await page.goto(`/projekte/${String(project.id)}/rechnung`);
  await page.getByText('Gesamt', { exact: true }).click();
  // Every open booking is listed; the billable ones (the seed marks some not billable) are selected.
  const count = page.getByTestId('selection-count');
  await expect(count).toHaveText(/^[\d.]+ von 100\.000 Buchungen ausgewählt$/, { timeout: 20_000 });
  const selectable = (await count.textContent())!.split(' ')[0]!;
  expect(Number(selectable.replaceAll('.', ''))).toBeGreaterThan(80_000);
  await page.getByRole('button', { name: 'Auswahl aufheben' }).click();
  await expect(count).toHaveText('0 von 100.000 Buchungen ausgewählt');
  await page.getByRole('button', { name: 'alle gefilterten auswählen' }).click();
  await expect(count).toHaveText(`${selectable} von 100.000 Buchungen ausgewählt`);

  // Scroll the grid a little: more pages come, the window stays small.
  const scroller = page.getByTestId('booking-grid');
  for (let i = 0; i < 10; i++) await scroller.evaluate((el) => el.scrollBy(0, 2000));
  await expect(page.locator('[data-testid="booking-grid"] tbody tr').first()).toBeVisible();

  await page.getByRole('checkbox', { name: 'Nach Monat gruppieren' }).check();
  await page.getByRole('checkbox', { name: 'Nach Task gruppieren' }).check();
  const lines = page.getByRole('table', { name: 'Rechnungspositionen' });
  await expect(lines.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  const exportButton = page.getByRole('button', { name: 'Nach billomat exportieren' });
  await expect(exportButton).toBeEnabled({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screenshots/scale-export-page.png', fullPage: true });

  await exportButton.click();
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText(`${selectable} Buchungen`);
  // What stays open is exactly what was not billable.
  const open = await call(api, 'GET', `/bookings?projectId=${String(project.id)}&billingState=open`);
  expect(open.total).toBe(100_000 - Number(selectable.replaceAll('.', '')));

  await page.waitForLoadState('networkidle');
  test.info().annotations.push({ type: 'bytes', description: `api ${api_bytes}, all ${all_bytes}` });
  console.log(`scale.spec: the page received ${api_bytes} bytes of API answers, ${all_bytes} in all`);
  // Everything the page received — the SPA's code, the grid's pages, totals, previews, the export.
  expect(all_bytes).toBeLessThan(1_000_000);
});
