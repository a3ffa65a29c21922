import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { call, DEMO } from './testing/api';
import { lastMonth, projectWithBookings } from './testing/projects';
import { demo, E2E_URL, SANDBOX_CONTROL_TOKEN, SANDBOX_URL } from './testing/users';

// Issue 19: a second billomat account. Switching is an explicit act (its key typed, what it means
// confirmed); afterwards the export of a project whose customer came from the first account is refused
// before any request to billomat, with a sentence that says what to do, and no booking changes.

test.use({ storageState: demo.admin.file });
test.setTimeout(90_000);

const SECOND = {
  billomatId: 'zweitkonto',
  apiKey: 'zweit-0123456789abcdef0123456789abcdef',
  name: 'Zweitkonto GmbH',
};
const shots = 'test-results/screenshots';

async function sandbox(method: string, path: string, body?: unknown) {
  const res = await fetch(`${SANDBOX_URL}/__sandbox${path}`, {
    method,
    headers: { 'x-sandbox-token': SANDBOX_CONTROL_TOKEN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
  return res.json() as Promise<unknown>;
}

const lastSeq = async () => {
  const log = (await sandbox('GET', '/log')) as { seq: number }[];
  return log.length ? log[log.length - 1]!.seq : 0;
};

const bookingsOf = async (api: APIRequestContext, projectId: unknown) =>
  ((await call(api, 'GET', `/bookings?projectId=${String(projectId)}&pageSize=100`)).items ?? []).map((b) => [
    b.id,
    b.billingState,
    b.version,
  ]);

/** Back to the demo account, whatever happened: the next specs expect it. */
async function backToDemo(api: APIRequestContext) {
  const settings = await call(api, 'GET', '/integrations/billomat');
  if (settings.billomatId === DEMO.billomatId && settings.connected) return;
  const res = await api.fetch('/api/integrations/billomat', {
    method: 'PUT',
    headers: { origin: E2E_URL },
    data: {
      billomatId: DEMO.billomatId,
      apiKey: DEMO.apiKey,
      vatRate: '19',
      printProjectDescription: false,
      completeInvoices: false,
      templateId: null,
      confirmAccountSwitch: true,
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

async function openSettings(page: Page) {
  await page.goto('/administration/integrationen');
  await page.getByRole('region', { name: 'billomat' }).getByRole('button', { name: 'Einstellungen' }).click();
  const dialog = page.getByRole('dialog', { name: 'billomat-Einstellungen' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('switching the billomat account: confirmed, then the first account’s customer is refused before billomat', async ({
  page,
}) => {
  const api = page.request;
  const accounts = (await sandbox('GET', '/accounts')) as { billomatId: string }[];
  if (!accounts.some((a) => a.billomatId === SECOND.billomatId))
    await sandbox('POST', '/accounts', {
      billomatId: SECOND.billomatId,
      apiKey: SECOND.apiKey,
      accountName: SECOND.name,
      clientCount: 3,
    });
  const project = await projectWithBookings(
    api,
    'Kontowechsel',
    ['Beratung'],
    [
      { task: 'Beratung', date: lastMonth(3), minutes: 120, comment: 'Workshop' },
      { task: 'Beratung', date: lastMonth(10), minutes: 60, comment: 'Nachbereitung' },
    ],
  );
  const before = await bookingsOf(api, project.id);
  expect(before).toHaveLength(2);

  try {
    const dialog = await openSettings(page);
    await dialog.getByLabel('billomat-ID').fill(SECOND.billomatId);
    // The saved key is never sent to another account: without its own key, nothing is tested.
    await dialog.getByRole('button', { name: 'Verbindung testen' }).click();
    await expect(
      dialog.getByText('Für ein anderes billomat-Konto bitte dessen API Key eingeben').first(),
    ).toBeVisible();
    await dialog.getByLabel('API Key').fill(SECOND.apiKey);
    await dialog.getByRole('button', { name: 'Verbindung testen' }).click();
    await expect(dialog.getByRole('status')).toContainText(`Verbindung erfolgreich: ${SECOND.name}`);
    await dialog.getByRole('button', { name: 'Speichern' }).click();

    const confirm = page.getByRole('dialog', { name: 'billomat-Konto wechseln?' });
    await expect(confirm).toContainText(`Sie wechseln von „${DEMO.billomatId}“ zu „${SECOND.billomatId}“`);
    await expect(confirm).toContainText(`Kunden sind mit „${DEMO.billomatId}“ verknüpft`);
    await expect(confirm).toContainText(`in „${DEMO.billomatId}“`);
    await page.screenshot({ path: `${shots}/account-switch-confirm.png`, fullPage: true });
    await confirm.getByRole('button', { name: 'Konto wechseln' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'billomat' })).toContainText(
      `Verbunden mit ${SECOND.name}`,
    );

    // The export page: the preview names the reason and what to do; nothing reaches billomat.
    const seq = await lastSeq();
    await page.goto(`/projekte/${String(project.id)}/rechnung`);
    await page.getByText('Letzter Monat', { exact: true }).click();
    await expect(page.getByTestId('selection-count')).toHaveText('2 von 2 Buchungen ausgewählt');
    const blocker = page.getByRole('alert').filter({ hasText: 'stammt aus dem billomat-Konto' });
    await expect(blocker).toContainText(
      `stammt aus dem billomat-Konto „${DEMO.billomatId}“. Bitte importieren Sie die Kunden des verbundenen Kontos „${SECOND.billomatId}“`,
    );
    await expect(page.getByRole('button', { name: 'Nach billomat exportieren' })).toBeDisabled();
    await page.screenshot({ path: `${shots}/account-switch-blocked.png`, fullPage: true });

    // Sent anyway (an old tab, a script): refused by the server with the same sentence.
    const options = {
      selection: {
        filter: { state: 'open', employeeIds: [], taskIds: [] },
        mode: 'all',
        included: [],
        excluded: [],
      },
      invoiceDate: lastMonth(28),
      groupByMonth: true,
      groupByTask: true,
      groupByEmployee: false,
      markAsBilled: true,
    };
    const preview = await call(api, 'POST', `/projects/${String(project.id)}/export-preview`, options);
    const res = await api.fetch(`/api/projects/${String(project.id)}/exports`, {
      method: 'POST',
      headers: { origin: E2E_URL },
      data: { ...options, previewToken: preview.previewToken },
    });
    expect(res.status()).toBe(409);
    expect(((await res.json()) as { message: string }).message).toContain(
      `stammt aus dem billomat-Konto „${DEMO.billomatId}“`,
    );
    expect(await sandbox('GET', `/log?sinceSeq=${seq}`)).toEqual([]);
    expect(await bookingsOf(api, project.id)).toEqual(before);
  } finally {
    await backToDemo(api);
  }
});
