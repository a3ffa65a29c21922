import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/app';
import { call, ok } from '../testing/core';
import { seedDemo } from './demo';
import { demoCustomers } from './demo-core-data';
import { linkDemoCustomers } from './demo-customer-link';
import { DEMO_LOGIN } from './demo-users';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await seedDemo(t.app.db, { sandbox: undefined });
});
afterAll(async () => t.close());

const count = async (table: 'customers' | 'projects' | 'tasks' | 'bookings') =>
  Number(
    (
      await t.app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('demo data', () => {
  it('seeds 5 customers, 8 projects and 2,000 bookings, and nothing more on a second start', async () => {
    const before = [
      await count('customers'),
      await count('projects'),
      await count('tasks'),
      await count('bookings'),
    ];
    expect(before[0]).toBe(5);
    expect(before[1]).toBe(8);
    expect(before[3]).toBe(2000);
    await seedDemo(t.app.db, { sandbox: undefined });
    expect([
      await count('customers'),
      await count('projects'),
      await count('tasks'),
      await count('bookings'),
    ]).toEqual(before);
  });

  it('has projects without tasks, a completed and a planned one, budgets partly used', async () => {
    const cookie = await t.login(DEMO_LOGIN.email, DEMO_LOGIN.password);
    const list = await ok(await call(t.app, { id: 0, cookie }, 'GET', '/api/projects'));
    const byNumber = Object.fromEntries(list.items.map((p: { number: string }) => [p.number, p]));
    expect(byNumber['P-2026-003'].noTasks).toBe(true);
    expect(byNumber['P-2025-017'].status).toBe('completed');
    expect(byNumber['P-2026-007'].summary.bookedMinutes).toBe(0);
    expect(byNumber['P-2026-001'].summary.budgetUsedPercent).toBeGreaterThan(70);
    expect(byNumber['P-2026-001'].summary.budgetUsedPercent).toBeLessThanOrEqual(80);
    expect(byNumber['P-2026-001'].summary.unbilledCents).toBeGreaterThan(0);
    const comments = await t.app.db.selectFrom('bookings').select('comment').distinct().execute();
    expect(comments.map((c) => c.comment)).toContain('Code-Review Checkout');
  });

  it('links demo customers to imported billomat clients (hook for the customer import)', async () => {
    const first = demoCustomers[0]!;
    const linked = await linkDemoCustomers(t.app.db, [
      { id: 3527529, number: first.number, name: first.name },
      { id: 1, number: '99', name: 'Unbekannt' },
    ]);
    expect(linked).toEqual([3527529]);
    const row = await t.app.db
      .selectFrom('customers')
      .selectAll()
      .where('name', '=', first.name)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'billomat', billomat_client_id: 3527529 });
    expect(
      await linkDemoCustomers(t.app.db, [{ id: 3527529, number: first.number, name: first.name }]),
    ).toEqual([]);
  });
});
