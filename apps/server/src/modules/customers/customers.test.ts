import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/app';
import { call, ok, type Actor } from '../../testing/core';

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
