import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ID } from '../../testing/integration';
import { JUNE, optionsFor, seedProject, type Fixture } from '../../testing/exports/fixtures';
import { exportHarness, type Actor, type ExportHarness } from '../../testing/exports/harness';
import { bookingStates, onlyExport, previewAndExport } from '../../testing/exports/steps';

// Issue 19: the saved key goes only to the account it was saved for, and changing the account is an
// explicit act that settles the old account's exports first.

const NEW_ID = 'zweitkonto';
const NEW_KEY = 'zweit-0123456789abcdef0123456789abcdef';

let h: ExportHarness;
let employee: Actor;
let exported: Fixture;
let exportId: number;
beforeAll(async () => {
  h = await exportHarness();
  employee = await h.user('employee');
  h.sandbox.control.addAccount({
    billomatId: NEW_ID,
    apiKey: NEW_KEY,
    accountName: 'Zweitkonto GmbH',
    clientCount: 3,
  });
  exported = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
  const { res } = await previewAndExport(h, exported);
  expect(res.statusCode, res.body).toBe(201);
  exportId = res.json().id;
});
afterAll(async () => h.close());

const settingsFor = (billomatId: string, apiKey: string, confirmAccountSwitch = false) => ({
  billomatId,
  apiKey,
  vatRate: '19',
  printProjectDescription: false,
  completeInvoices: false,
  templateId: null,
  confirmAccountSwitch,
});
const requestsSince = (seq: number) => h.sandbox.requestLog.list({ sinceSeq: seq });
const connectedId = async () => (await h.get('/api/integrations/billomat')).json().billomatId;

describe('the saved key goes only where it was confirmed', () => {
  it('"Verbindung testen" with another billomat ID requires its key; nothing is sent without it', async () => {
    const since = h.sandbox.requestLog.lastSeq;
    const res = await h.send('POST', '/api/integrations/billomat/test', { billomatId: NEW_ID, apiKey: '' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().details).toEqual([
      {
        field: 'apiKey',
        code: 'FIELD_API_KEY_FOR_OTHER_ACCOUNT',
        params: {},
        message: expect.stringContaining('Für eine andere billomat-ID bitte den API Key'),
      },
    ]);
    expect(requestsSince(since)).toEqual([]);

    const typed = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: NEW_ID,
      apiKey: NEW_KEY,
    });
    expect(typed.statusCode, typed.body).toBe(200);
    expect(typed.json()).toEqual({ ok: true, accountName: 'Zweitkonto GmbH' });
    // The saved ID with the saved key still works without typing it.
    const saved = await h.send('POST', '/api/integrations/billomat/test', {
      billomatId: DEMO_ID,
      apiKey: '',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(requestsSince(since).map((e) => e.account)).toEqual([NEW_ID, DEMO_ID]);
  });

  it('saving another billomat ID without its key is refused before any request', async () => {
    const since = h.sandbox.requestLog.lastSeq;
    const res = await h.send('PUT', '/api/integrations/billomat', settingsFor(NEW_ID, '', true));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().details[0].field).toBe('apiKey');
    expect(requestsSince(since)).toEqual([]);
    expect(await connectedId()).toBe(DEMO_ID);
  });
});

describe('changing the billomat account is an explicit act', () => {
  it('says what the switch means, and is refused without confirmation', async () => {
    const impact = await h.get(`/api/integrations/billomat/account-switch?billomatId=${NEW_ID}`);
    expect(impact.statusCode, impact.body).toBe(200);
    expect(impact.json()).toEqual({
      from: DEMO_ID,
      linkedCustomers: 1,
      pendingExports: 0,
      syncingInvoices: 1,
    });
    const same = await h.get(`/api/integrations/billomat/account-switch?billomatId=${DEMO_ID}`);
    expect(same.json()).toEqual({ from: null, linkedCustomers: 0, pendingExports: 0, syncingInvoices: 0 });

    const res = await h.send('PUT', '/api/integrations/billomat', settingsFor(NEW_ID, NEW_KEY));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('BILLOMAT_ACCOUNT_SWITCH_UNCONFIRMED');
    expect(await connectedId()).toBe(DEMO_ID);
  });

  it('an export of the old account whose outcome is unclear is reconciled first, or the switch is refused', async () => {
    const f = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    // The POST lands in billomat but its answer never comes; looking it up fails too.
    h.sandbox.faults.add({ path: '/api/invoices', method: 'POST', kind: 'hang-after' });
    h.sandbox.faults.add({ path: '/api/invoices', method: 'GET', kind: 'status', status: 503, times: 0 });
    const { res } = await previewAndExport(h, f);
    expect(res.statusCode, res.body).toBe(202);

    const refused = await h.send('PUT', '/api/integrations/billomat', settingsFor(NEW_ID, NEW_KEY, true));
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().code).toBe('BILLOMAT_ACCOUNT_SWITCH_PENDING');
    expect(refused.json().message).toContain(`Im billomat-Konto „${DEMO_ID}“ ist noch 1 Export ungeklärt`);
    expect(await connectedId()).toBe(DEMO_ID);

    // billomat answers again: the switch first settles the export in the old account, then switches.
    h.sandbox.faults.clear();
    await h.freshQuota();
    const switched = await h.send('PUT', '/api/integrations/billomat', settingsFor(NEW_ID, NEW_KEY, true));
    expect(switched.statusCode, switched.body).toBe(200);
    expect(switched.json()).toMatchObject({
      billomatId: NEW_ID,
      accountName: 'Zweitkonto GmbH',
      templateId: null,
    });
    expect((await onlyExport(h, f.projectId)).status).toBe('created');
    expect((await bookingStates(h, f.bookingIds)).every((b) => b.billing_state === 'billed')).toBe(true);
  });

  it('after the switch: the old account is never asked with the new key, and its customers are blocked', async () => {
    const since = h.sandbox.requestLog.lastSeq;
    const undo = await h.send('POST', `/api/exports/${exportId}/undo`);
    expect(undo.statusCode, undo.body).toBe(409);
    expect(undo.json().code).toBe('BILLOMAT_ACCOUNT_CHANGED');
    expect(undo.json().message).toContain(`billomat-Konto „${DEMO_ID}“; verbunden ist „${NEW_ID}“`);
    expect(requestsSince(since)).toEqual([]);
    expect((await bookingStates(h, exported.bookingIds)).every((b) => b.billing_state === 'billed')).toBe(
      true,
    );

    // The invoice still links to the account it lives in.
    const list = await h.get(`/api/projects/${exported.projectId}/exports`);
    expect(list.json().items[0].billomatUrl).toContain(`/${DEMO_ID}/`);

    const more = await seedProject(h.app, h.sandbox, { employeeId: employee.id, bookings: JUNE });
    const preview = await h.send(
      'POST',
      `/api/projects/${more.projectId}/export-preview`,
      optionsFor(more.bookingIds),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().blockers.map((b: { code: string }) => b.code)).toEqual(['CUSTOMER_OTHER_ACCOUNT']);
    expect(requestsSince(since)).toEqual([]);
  });
});
