import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importHarness, type ImportHarness } from './testing/import';

describe('customer import: 10,000 clients', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await importHarness({
      billomatId: 'big',
      apiKey: 'big-key-0123456789',
      clientCount: 10_000,
      seed: 3,
    });
  });
  afterAll(async () => h.close());

  it('imports every client in exactly 10 billomat requests of 1,000', async () => {
    const since = h.sandbox.requestLog.lastSeq;
    const run = await h.importAll();
    expect(run).toMatchObject({ status: 'completed', pagesDone: 10, pagesTotal: 10, error: null });
    expect(run.summary).toMatchObject({ created: 10_000, updated: 0, unchanged: 0, linked: 0, missing: 0 });
    const requests = h.clientRequests(since);
    expect(requests).toHaveLength(10);
    expect(requests.map((r) => Number(r.query.page))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(requests.every((r) => String(r.query.per_page) === '1000' && r.status === 200)).toBe(true);
    const customers = await h.customers();
    expect(customers).toHaveLength(10_000);
    expect(new Set(customers.map((c) => c.billomat_client_id)).size).toBe(10_000);
    expect(customers.every((c) => c.source === 'billomat')).toBe(true);
    // The sandbox archives every 13th client (index % 13 === 7): kept and flagged.
    expect(run.summary.archived).toBe(customers.filter((c) => Number(c.archived) === 1).length);
    expect(run.summary.archived).toBeGreaterThan(700);
    // Every imported customer can be searched for (issue 19): its terms were written with it.
    const { n } = await h.t.app.db
      .selectFrom('customer_search_terms')
      .select((eb) => eb.fn.count<number>('customer_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(10_000);
  });

  it('a repeat import of unchanged clients writes nothing', async () => {
    const before = await h.customers();
    const since = h.sandbox.requestLog.lastSeq;
    const run = await h.importAll();
    expect(run.summary).toMatchObject({ created: 0, updated: 0, unchanged: 10_000, linked: 0, missing: 0 });
    expect(h.clientRequests(since)).toHaveLength(10);
    // Same rows, same updated_at: no row was written.
    expect(await h.customers()).toEqual(before);
  });

  it('flags clients deleted in billomat, wherever they stand among 10,000', async () => {
    const customers = await h.customers();
    const gone = [customers[0]!, customers[4_999]!, customers[9_999]!];
    for (const c of gone) h.sandbox.control.deleteClient(h.account, Number(c.billomat_client_id));
    const run = await h.importAll();
    expect(run.summary).toMatchObject({ created: 0, unchanged: 9_997, missing: 3 });
    const flagged = (await h.customers()).filter((c) => Number(c.missing_in_billomat) === 1);
    expect(flagged.map((c) => c.id)).toEqual(gone.map((c) => c.id));
  });
});

describe('customer import: fields and changes', () => {
  let h: ImportHarness;
  beforeAll(async () => {
    h = await importHarness({ clientCount: 0 });
  });
  afterAll(async () => h.close());

  it('mirrors company, person, address, e-mail, VAT id, tax rule, currency and updated', async () => {
    const firm = h.sandbox.control.addClient(h.account, {
      name: 'Beispiel GmbH',
      street: 'Hauptstraße 1',
      zip: '10115',
      city: 'Berlin',
      email: 'rechnung@beispiel.de',
      vat_number: 'DE123456789',
      tax_rule: 'TAX',
      currency_code: 'EUR',
    });
    const person = h.sandbox.control.addClient(h.account, {
      first_name: 'Erika',
      last_name: 'Mustermann',
      street: 'Rue de la Paix 3',
      zip: '75002',
      city: 'Paris',
      country_code: 'FR',
      tax_rule: 'NO_TAX',
      currency_code: 'CHF',
    });
    const run = await h.importAll();
    expect(run.summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const [a, b] = await h.customers();
    expect(a).toMatchObject({
      name: 'Beispiel GmbH',
      source: 'billomat',
      billomat_client_id: Number(firm.id),
      number: firm.client_number,
      billomat_client_number: firm.client_number,
      address: 'Hauptstraße 1\n10115 Berlin',
      email: 'rechnung@beispiel.de',
      vat_id: 'DE123456789',
      tax_rule: 'TAX',
      currency_code: 'EUR',
      archived: 0,
      missing_in_billomat: 0,
      billomat_updated_at: firm.updated,
    });
    expect(b).toMatchObject({
      name: 'Erika Mustermann',
      address: 'Rue de la Paix 3\n75002 Paris\nFR',
      tax_rule: 'NO_TAX',
      currency_code: 'CHF',
      billomat_client_id: Number(person.id),
    });
  });

  it('updates a renamed client in place and leaves the others untouched', async () => {
    const [first, second] = await h.customers();
    h.sandbox.control.updateClient(h.account, Number(first!.billomat_client_id), { name: 'Beispiel AG' });
    const run = await h.importAll();
    expect(run.summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const [a, b] = await h.customers();
    expect(a).toMatchObject({ id: first!.id, name: 'Beispiel AG' });
    expect(a!.updated_at).not.toBe(first!.updated_at);
    expect(b).toEqual(second);
    // The search follows: the new name and the city find the customer, the old name no longer does.
    const search = async (q: string) =>
      (
        await h.t.app.inject({
          method: 'GET',
          url: `/api/customers/search?q=${q}`,
          headers: { cookie: h.cookie },
        })
      )
        .json<{ items: { id: number }[] }>()
        .items.map((c) => c.id);
    expect([await search('beispiel%20ag'), await search('berlin'), await search('gmbh')]).toEqual([
      [first!.id],
      [first!.id],
      [],
    ]);
  });

  it('flags vanished clients "nicht mehr in billomat" and keeps archived ones', async () => {
    const [firm, person] = await h.customers();
    h.sandbox.state.account(h.account)!.clients.delete(Number(person!.billomat_client_id));
    h.sandbox.control.updateClient(h.account, Number(firm!.billomat_client_id), { archived: 1 });
    const run = await h.importAll();
    expect(run.summary).toMatchObject({ created: 0, updated: 1, unchanged: 0, missing: 1, archived: 1 });
    const [a, b] = await h.customers();
    expect(a).toMatchObject({ archived: 1, missing_in_billomat: 0 });
    expect(b).toMatchObject({ id: person!.id, missing_in_billomat: 1, name: 'Erika Mustermann' });
    // The customer list hides archived customers unless asked (the "Kunde" select box).
    const list = (url: string) => h.t.app.inject({ method: 'GET', url, headers: { cookie: h.cookie } });
    const visible = (await list('/api/customers')).json<{ items: { id: number }[] }>().items;
    expect(visible.map((c) => c.id)).toEqual([person!.id]);
    const all = (await list('/api/customers?includeArchived=1')).json<{ items: { id: number }[] }>().items;
    expect(all.map((c) => c.id).sort()).toEqual([firm!.id, person!.id].sort());
    // A repeat changes nothing: a flagged customer is not written again.
    const before = await h.customers();
    expect((await h.importAll()).summary).toMatchObject({ updated: 0, unchanged: 1, missing: 1 });
    expect(await h.customers()).toEqual(before);
  });
});
