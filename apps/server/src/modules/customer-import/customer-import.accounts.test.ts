import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../testing/app';
import { importHarness, type ImportHarness } from './testing/import';

// Issue 19: imported customers belong to the billomat account they came from. Importing from a second
// account never touches the first account's customers; a client with the client number of one of them
// is linked to it only when the user confirms it.

const NEW = { billomatId: 'neu', apiKey: 'neu-key-0123456789' };

let h: ImportHarness;
beforeAll(async () => {
  h = await importHarness({ billomatId: 'alt', apiKey: 'alt-key-0123456789', clientCount: 4, seed: 5 });
});
afterAll(async () => h.close());

/** Connects the harness's server to another sandbox account, as saving the settings dialog does. */
const connect = (harness: ImportHarness, billomatId: string, apiKey: string) =>
  harness.t.app.billomat.store.save(
    {
      billomatId,
      vatRateBp: 1900,
      printProjectDescription: false,
      completeInvoices: false,
      templateId: null,
    },
    apiKey,
    null,
  );

const byName = async () =>
  new Map(
    (await h.customers()).map((c) => [
      String(c.name),
      {
        account: c.billomat_account,
        clientId: Number(c.billomat_client_id),
        missing: Number(c.missing_in_billomat),
      },
    ]),
  );

describe('customers of two billomat accounts', () => {
  let runId: number;
  let altCustomers: Awaited<ReturnType<typeof h.customers>>;
  let sameNumberClientId: number;

  it('a first import links every customer to its account', async () => {
    const run = await h.importAll();
    expect(run).toMatchObject({ status: 'completed', billomatAccount: 'alt' });
    expect(run.summary).toMatchObject({ created: 4, relinkable: 0, relinked: 0 });
    altCustomers = await h.customers();
    expect(altCustomers.map((c) => c.billomat_account)).toEqual(['alt', 'alt', 'alt', 'alt']);
  });

  it('an import from another account holds back clients with a known client number and leaves the old customers alone', async () => {
    h.sandbox.control.addAccount({ ...NEW, clientCount: 0 });
    // Same client number as the first "alt" customer; ids start where "alt"'s did, so they collide too.
    const twin = h.sandbox.control.addClient(NEW.billomatId, { name: 'Gleiche Nummer AG' });
    sameNumberClientId = Number(twin.id);
    expect(twin.client_number).toBe(altCustomers[0]!.billomat_client_number);
    expect(altCustomers.map((c) => Number(c.billomat_client_id))).toContain(sameNumberClientId + 1);
    h.sandbox.control.addClient(NEW.billomatId, { name: 'Neukunde KG', number: '900' });
    await connect(h, NEW.billomatId, NEW.apiKey);

    const run = await h.importAll();
    runId = run.id;
    expect(run).toMatchObject({ status: 'completed', billomatAccount: NEW.billomatId });
    expect(run.summary).toMatchObject({
      created: 1,
      updated: 0,
      linked: 0,
      missing: 0,
      relinkable: 1,
      relinked: 0,
    });
    const after = await byName();
    expect(after.get('Neukunde KG')).toMatchObject({ account: NEW.billomatId });
    expect(after.has('Gleiche Nummer AG')).toBe(false);
    // The first account's customers: still linked to it, not "in billomat gelöscht".
    for (const c of altCustomers)
      expect(after.get(String(c.name))).toEqual({
        account: 'alt',
        clientId: Number(c.billomat_client_id),
        missing: 0,
      });
  });

  it('relinks only after the user confirms it in the import summary', async () => {
    const res = await h.t.app.inject({
      method: 'POST',
      url: `/api/customers/import/runs/${runId}/relink`,
      headers: { origin: ORIGIN, cookie: h.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ relinked: 1, run: { summary: { relinkable: 0, relinked: 1 } } });
    // The customer keeps its id (its projects stay with it) and takes the client's link and data.
    const row = (await h.customers()).find((c) => c.id === altCustomers[0]!.id)!;
    expect(row).toMatchObject({
      billomat_account: NEW.billomatId,
      name: 'Gleiche Nummer AG',
      missing_in_billomat: 0,
    });
    expect(Number(row.billomat_client_id)).toBe(sameNumberClientId);
    const terms = await h.t.app.db
      .selectFrom('customer_search_terms')
      .select('term')
      .where('customer_id', '=', row.id as number)
      .execute();
    expect(terms.map((t) => t.term)).toContain('gleiche');

    const again = await h.t.app.inject({
      method: 'POST',
      url: `/api/customers/import/runs/${runId}/relink`,
      headers: { origin: ORIGIN, cookie: h.cookie },
    });
    expect(again.json().relinked).toBe(0);

    const next = await h.importAll();
    expect(next.summary).toMatchObject({ created: 0, unchanged: 2, relinkable: 0 });
  });

  it('a confirmation for an account no longer connected is refused', async () => {
    await connect(h, 'alt', 'alt-key-0123456789');
    const res = await h.t.app.inject({
      method: 'POST',
      url: `/api/customers/import/runs/${runId}/relink`,
      headers: { origin: ORIGIN, cookie: h.cookie },
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('CUSTOMER_RELINK_ACCOUNT_CHANGED');
  });
});

describe('relinking after an account switch of a larger firm', () => {
  let big: ImportHarness;
  beforeAll(async () => {
    big = await importHarness({
      billomatId: 'alt',
      apiKey: 'alt-key-0123456789',
      clientCount: 1_200,
      seed: 9,
    });
  });
  afterAll(async () => big.close());

  it('relinks 1,200 customers in chunks and counts each once', async () => {
    const first = await big.importAll();
    expect(first.summary).toMatchObject({ created: 1_200 });
    // The new account numbers its clients the same way: every client number is known from "alt".
    big.sandbox.control.addAccount({ ...NEW, clientCount: 1_200, seed: 10 });
    await connect(big, NEW.billomatId, NEW.apiKey);
    const second = await big.importAll();
    expect(second.summary).toMatchObject({ created: 0, relinkable: 1_200 });

    const res = await big.t.app.inject({
      method: 'POST',
      url: `/api/customers/import/runs/${second.id}/relink`,
      headers: { origin: ORIGIN, cookie: big.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      relinked: 1_200,
      run: { summary: { relinkable: 0, relinked: 1_200 } },
    });
    const customers = await big.customers();
    expect(customers).toHaveLength(1_200);
    expect(customers.every((c) => c.billomat_account === NEW.billomatId)).toBe(true);
    expect(await big.t.app.db.selectFrom('customer_relink_candidates').select('run_id').execute()).toEqual(
      [],
    );
  });
});
