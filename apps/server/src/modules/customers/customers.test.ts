import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/app';
import { call, ok, type Actor } from '../../testing/core';
import { customerSearchRepository } from './customers.search.repository';
import { insertManyCustomers } from './testing/many-customers';

let t: TestApp;
let admin: Actor;
let manager: Actor;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.createUser('admin');
  manager = await t.createUser('manager');
});
afterAll(async () => t.close());

describe('customers', () => {
  it('creates, edits, finds and deletes manual customers', async () => {
    const c = await ok(
      await call(t.app, manager, 'POST', '/api/customers', {
        name: ' Bäckerei Krause 100% ',
        number: 'K-1',
        email: 'info@krause.de',
        vatId: 'DE123456789',
      }),
      201,
    );
    expect(c).toMatchObject({
      name: 'Bäckerei Krause 100%',
      source: 'manual',
      billomatClientId: null,
      projectCount: 0,
    });
    const edited = await ok(
      await call(t.app, admin, 'PATCH', `/api/customers/${c.id}`, { name: 'Bäckerei Krause KG' }),
    );
    expect(edited).toMatchObject({ name: 'Bäckerei Krause KG', email: '' });
    await ok(await call(t.app, admin, 'POST', '/api/customers', { name: 'Zahnarztpraxis Weber' }), 201);
    const found = await ok(await call(t.app, admin, 'GET', '/api/customers?search=KRAUSE'));
    expect(found.items.map((x: { name: string }) => x.name)).toEqual(['Bäckerei Krause KG']);
    const wildcard = await ok(await call(t.app, admin, 'GET', '/api/customers?search=%25'));
    expect(wildcard.total).toBe(0);
    const page = await ok(await call(t.app, admin, 'GET', '/api/customers?pageSize=1&page=2'));
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    await ok(await call(t.app, admin, 'DELETE', `/api/customers/${c.id}`));
    expect((await call(t.app, admin, 'GET', `/api/customers/${c.id}`)).statusCode).toBe(404);
  });

  it('counts the projects of a customer', async () => {
    const c = await ok(await call(t.app, admin, 'POST', '/api/customers', { name: 'Mit Projekt' }), 201);
    await ok(
      await call(t.app, admin, 'POST', '/api/projects', { number: 'C-1', name: 'X', customerId: c.id }),
      201,
    );
    expect((await ok(await call(t.app, admin, 'GET', `/api/customers/${c.id}`))).projectCount).toBe(1);
  });

  it('keeps employees out of the customer list', async () => {
    const emp = await t.createUser('employee');
    expect((await call(t.app, emp, 'GET', '/api/customers')).statusCode).toBe(403);
  });
});

describe('customer search (the "Kunde" field)', () => {
  type Option = { id: number; name: string; number: string; city: string; source: string; archived: boolean };
  const search = async (q: string, who: Actor = manager) =>
    ok<{ items: Option[]; more: boolean }>(
      await call(t.app, who, 'GET', `/api/customers/search?q=${encodeURIComponent(q)}`),
    );
  const names = async (q: string) => (await search(q)).items.map((c) => c.name);
  let mueller: Option;

  beforeAll(async () => {
    mueller = await ok(
      await call(t.app, admin, 'POST', '/api/customers', {
        name: 'Feinkost Müller',
        number: 'FK-4711',
        address: 'Marktplatz 3\n82487 Oberammergau',
        email: 'laden@feinkost.example',
      }),
      201,
    );
    const archived = await insertManyCustomers(t.app.db, 60, 70_000);
    // insertManyCustomers archives every tenth: 70,000, 70,010, …; name them to find them.
    await t.app.db
      .updateTable('customers')
      .set({ name: 'Zwergenland Spielwaren' })
      .where('id', '=', archived[0]!)
      .execute();
    await customerSearchRepository(t.app.db).reindex([archived[0]!]);
  });

  it('finds by name, customer number, city and e-mail, whatever the case and umlauts', async () => {
    for (const q of [
      'müller',
      'MÜL',
      'muel',
      'Muller',
      'fk-4711',
      'FK4711',
      'oberammergau',
      'feinkost mül',
      'laden',
    ])
      expect(await names(q), q).toEqual(['Feinkost Müller']);
    expect(await search('Oberamm')).toEqual({
      items: [
        {
          id: mueller.id,
          name: 'Feinkost Müller',
          number: 'FK-4711',
          city: 'Oberammergau',
          source: 'manual',
          archived: false,
          missingInBillomat: false,
          otherAccount: false,
        },
      ],
      more: false,
    });
    expect(await names('müller bäcker')).toEqual([]);
    expect(await names('ller')).toEqual([]);
    expect(await names('%_')).toEqual([]);
  });

  it('answers at most 50 and says that there are more', async () => {
    const broad = await search('KD');
    expect([broad.items.length, broad.more]).toEqual([50, true]);
    const narrow = await search('KD-7005');
    expect([narrow.items.length, narrow.more]).toEqual([10, false]);
  });

  it('lists archived customers after the active ones, flagged; without a search only active ones', async () => {
    const found = (await search('KD-7001')).items;
    expect(found.map((c) => c.archived)).toEqual([...Array<boolean>(9).fill(false), true]);
    expect(found[9]).toMatchObject({ number: 'KD-70010', source: 'billomat' });
    expect(await search('zwergenland')).toMatchObject({ items: [{ archived: true }], more: false });
    const first = await search('');
    expect(first.items).toHaveLength(50);
    expect(first.items.some((c) => c.archived)).toBe(false);
  });

  it('follows edits and deletions', async () => {
    const c = await ok(await call(t.app, admin, 'POST', '/api/customers', { name: 'Alte Mühle' }), 201);
    expect(await names('mühle')).toEqual(['Alte Mühle']);
    await ok(await call(t.app, admin, 'PATCH', `/api/customers/${c.id}`, { name: 'Neue Scheune' }));
    expect([await names('mühle'), await names('scheune')]).toEqual([[], ['Neue Scheune']]);
    await ok(await call(t.app, admin, 'DELETE', `/api/customers/${c.id}`));
    expect(await names('scheune')).toEqual([]);
  });

  it('the Kunden page searches the same way and pages the matches', async () => {
    const page = await ok(await call(t.app, admin, 'GET', '/api/customers?search=kd-700&pageSize=20&page=3'));
    // 60 customers, 6 of them archived and left out: 54 matches, the third page holds the last 14.
    expect([page.total, page.items.length]).toEqual([54, 14]);
    const city = await ok(await call(t.app, admin, 'GET', '/api/customers?search=OBERAMMERGAU'));
    expect(city.items).toMatchObject([{ name: 'Feinkost Müller', city: 'Oberammergau', projectCount: 0 }]);
    expect((await call(t.app, admin, 'GET', '/api/customers?pageSize=101')).statusCode).toBe(400);
  });

  it('is for admins and managers, as the customer list', async () => {
    const emp = await t.createUser('employee');
    expect((await call(t.app, emp, 'GET', '/api/customers/search?q=m')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/customers/search' })).statusCode).toBe(401);
    expect((await search('müller', admin)).items).toHaveLength(1);
  });
});
