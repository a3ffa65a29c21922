import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { call, connectBillomat, DEMO, importedCustomer, userByEmail, type Json } from './testing/api';
import { lastMonth } from './testing/projects';
import { demo, SANDBOX_CONTROL_TOKEN, SANDBOX_URL } from './testing/users';

// Issue 21: with the UI in English, the server's messages (field and API errors, a blocker, billomat's
// refusal, the import summary, undo, the billing run's report) read in English, with English numbers
// (2.75 h, €302.50). The walk fails on any word of the server's German vocabulary: the words of the
// German catalogue (locales/de/messages.json, the same as the server's fallback texts) that no English
// text of the UI uses, plus the German units and small words the catalogue is made of.

test.use({ storageState: demo.admin.file });
test.setTimeout(180_000);

const locales = path.join(process.cwd(), 'apps/web/src/locales');
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(locales, file), 'utf8'));

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

const WORD = /[\p{L}][\p{L}-]*[\p{L}]/gu;
const words = (text: string) =>
  (text.replace(/\{\{\s*\w+\s*\}\}/g, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());

const localeWords = (lng: string) =>
  fs
    .readdirSync(path.join(locales, lng))
    .filter((f) => f.endsWith('.json') && f !== 'help.json')
    .flatMap((f) => texts(read(`${lng}/${f}`)).flatMap(words));

/**
 * The German vocabulary: words of 4+ letters of the server's catalogue (de/messages.json) and of the
 * German UI texts that no English text uses.
 */
function germanVocabulary(): string[] {
  const english = new Set(localeWords('en'));
  const german = new Set([...texts(read('de/messages.json')).flatMap(words), ...localeWords('de')]);
  const vocabulary = [...german].filter((w) => w.length >= 4 && !english.has(w));
  // Short words and units that are German beyond doubt (the catalogue is full of them).
  return [...vocabulary, 'std.', 'und', 'der', 'die', 'das', 'ist', 'sie', 'nicht', 'bitte'];
}

const vocabulary = germanVocabulary();
const pattern = new RegExp(
  `(?<![\\p{L}\\d.-])(${vocabulary
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\d-])`,
  'giu',
);

/** An amount as German writes it: `1.234,50 €`, `110,00 €`. */
const GERMAN_AMOUNT = /\d,\d\d\s?€/g;

/** Names the users typed (the demo data is German): not the server's words, so left out of the check. */
async function userData(api: APIRequestContext): Promise<string[]> {
  const projects = (await call(api, 'GET', '/projects?pageSize=500')).items ?? [];
  const users = (await call(api, 'GET', '/users')).items ?? [];
  const data = [
    ...projects.flatMap((p) => [p.name, p.number, p.description, p.customerName]),
    ...users.map((u) => u.name),
    'Demo Agentur GmbH',
    // The invoice's own unit: the preview shows the lines as billomat will hold them.
    'Stunde',
  ];
  return [...new Set(data.filter((d): d is string => typeof d === 'string' && d.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
}

async function expectEnglish(page: Page, data: string[], where: string) {
  let text = await page.locator('body').innerText();
  for (const d of data) text = text.split(d).join(' ');
  // The title placeholders ({projekt}, {monat}) are syntax that the user types, named in German.
  text = text.replace(/\{[a-zäöü]+\}/g, ' ');
  const found = [...text.matchAll(pattern), ...text.matchAll(GERMAN_AMOUNT)].map((m) => {
    const at = m.index ?? 0;
    return `“${m[0]}” in “…${text.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ')}…”`;
  });
  expect(found, `German on the English page (${where})`).toEqual([]);
}

async function sandboxFault(fault: Json) {
  const res = await fetch(`${SANDBOX_URL}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(res.ok).toBeTruthy();
}

/** A project billed from billomat (2:45 at €110 = €302.50) and one whose customer is not linked. */
async function arrange(api: APIRequestContext) {
  await connectBillomat(api);
  const linked = await importedCustomer(api);
  expect(linked, 'a customer imported from billomat').toBeTruthy();
  const local = await call(api, 'POST', '/customers', { name: `Walkthrough Ltd ${Date.now() % 100_000}` });
  const admin = await userByEmail(api, demo.admin.email);
  const stamp = Date.now() % 1_000_000;
  const make = async (tag: string, name: string, customerId: unknown, minutes: number) => {
    const project = await call(api, 'POST', '/projects', {
      number: `EN-${tag}-${stamp}`,
      name,
      description: '',
      customerId,
      status: 'running',
      hourlyRateCents: 11000,
      tasks: [{ name: 'Design' }],
      members: [{ userId: admin!.id }],
    });
    const taskId = (project.tasks as { id: number }[])[0]!.id;
    await call(api, 'POST', '/bookings', {
      projectId: project.id,
      employeeId: admin!.id,
      taskId,
      date: lastMonth(7),
      minutes,
      comment: 'Wireframes',
    });
    return project;
  };
  return {
    billed: await make('W', 'English walk', linked!.id, 165),
    blocked: await make('B', 'English blocked', local.id, 60),
  };
}

// The language is remembered per user on the server: the next specs log in as the same admin.
test.afterEach(async ({ page }) => {
  await call(page.request, 'PUT', '/auth/me/preferences', { language: 'de' });
});

test('the whole way in English: connect, import, export with a blocker and a refusal, undo, billing run', async ({
  page,
}) => {
  const api = page.request;
  const { billed, blocked } = await arrange(api);
  const data = await userData(api);

  await page.goto('/administration/integrationen');
  await page.getByRole('radiogroup', { name: 'Sprache' }).getByText('EN').click();
  await expect(page.getByRole('heading', { name: 'Integrations', level: 2 })).toBeVisible();

  // Connect: a wrong key is billomat's refusal, in English; the right one connects.
  const tile = page.getByRole('region', { name: 'billomat' });
  await tile.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'billomat settings' });
  await dialog.getByLabel('billomat ID').fill(DEMO.billomatId);
  await dialog.getByLabel('API key').fill('wrong-key-123');
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toContainText('billomat rejected the API key');
  await expectEnglish(page, data, 'connection test refused');
  await dialog.getByLabel('API key').fill(DEMO.apiKey);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('status')).toContainText('Connection works: Demo Agentur GmbH');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(tile).toContainText('Demo Agentur GmbH');
  await expectEnglish(page, data, 'integrations');

  // Import customers from the project dialog: the summary in English.
  await page.goto('/projekte');
  await page.getByRole('button', { name: 'New project' }).click();
  const projectDialog = page.getByRole('dialog', { name: 'New project' });
  await projectDialog.getByRole('button', { name: 'Import customers from billomat' }).click();
  const imported = page.getByRole('alert').filter({ hasText: 'Customer import finished' });
  await expect(imported).toBeVisible({ timeout: 30_000 });
  await expectEnglish(page, data, 'customer import');
  await page.keyboard.press('Escape');

  // A blocker: the customer is not linked to billomat.
  await page.goto(`/projekte/${String(blocked.id)}/rechnung`);
  await page.getByText('Last month', { exact: true }).click();
  await expect(page.getByText('Export not possible')).toBeVisible();
  await expect(page.getByText(/is not linked to billomat\. Please import the customers/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export to billomat' })).toBeDisabled();
  await expectEnglish(page, data, 'export blocked');

  // English figures; billomat refuses the first POST, the second goes through.
  await page.goto(`/projekte/${String(billed.id)}/rechnung`);
  await page.getByText('Last month', { exact: true }).click();
  await expect(page.getByTestId('selection-hours')).toHaveText('2.75 h');
  await expect(page.getByTestId('selection-amount')).toHaveText('€302.50');
  const exportButton = page.getByRole('button', { name: 'Export to billomat' });
  await expect(exportButton).toBeEnabled();
  await expectEnglish(page, data, 'export preview');
  await sandboxFault({ method: 'POST', path: '/api/invoices', kind: 'status', status: 400, times: 1 });
  await exportButton.click();
  const failed = page.getByRole('alert').filter({ hasText: 'Export failed' });
  await expect(failed).toContainText('billomat rejected the data');
  await expectEnglish(page, data, 'export refused by billomat');
  await exportButton.click();
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 20_000 });
  await expect(result).toContainText('created in billomat');
  await expect(result).toContainText('€302.50');
  await expectEnglish(page, data, 'export result');

  // Undo from the project file.
  await page.goto(`/projekte/${String(billed.id)}`);
  await page.getByRole('tab', { name: 'Invoices' }).click();
  await expect(page.getByRole('tab', { name: 'Invoices' })).toHaveAttribute('aria-selected', 'true');
  const invoices = page.getByRole('tabpanel', { name: 'Invoices' });
  const row = invoices.getByRole('row').filter({ hasText: 'created' }).first();
  await expect(row).toBeVisible();
  await expectEnglish(page, data, 'invoices tab');
  await row.getByRole('button', { name: /Undo/ }).click();
  const undo = page.getByRole('dialog', { name: 'Undo this export?' });
  await expect(undo).toContainText('will be deleted in billomat');
  await expectEnglish(page, data, 'undo dialog');
  await undo.getByRole('button', { name: 'Delete draft' }).click();
  await expect(invoices.getByRole('row').filter({ hasText: 'undone' }).first()).toBeVisible();
  await expectEnglish(page, data, 'undone');

  // The billing run, for this project only; its report in English.
  await page.goto('/administration/abrechnungslauf');
  await expect(page.getByRole('heading', { name: 'Billing run', level: 2 })).toBeVisible();
  const select = page.getByRole('checkbox', { name: `Bill project ${String(billed.number)}` });
  // Every ready project is chosen once the preview is there; an option changed later would compute a
  // new preview and choose them all again, so the options stay as they are (a draft, as exported above).
  await expect(select).toBeChecked({ timeout: 30_000 });
  await page.getByRole('checkbox', { name: 'Select all ready projects' }).uncheck();
  await select.check();
  await expect(page.getByText('Create 1 invoice')).toBeVisible();
  await expectEnglish(page, data, 'billing run preview');
  const reports = page.getByRole('table', { name: 'Reports' });
  const before = (await reports.isVisible()) ? await reports.locator('tbody tr').count() : 0;
  await page.getByRole('button', { name: 'Start billing run' }).click();
  await expect(reports.locator('tbody tr')).toHaveCount(before + 1, { timeout: 60_000 });
  const newest = reports.locator('tbody tr').first();
  await expect(newest).toContainText('finished', { timeout: 60_000 });
  await newest.getByRole('button', { name: /Open report/ }).click();
  await expect(page.getByTestId('report-summary')).toContainText(/1 invoice created, 0 skipped, 0 failed/);
  await expectEnglish(page, data, 'billing run report');
});
