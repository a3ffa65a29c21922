import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/app';
import { loadBookingTargets } from '../../seed/booking-targets';
import { generateBookings } from '../../seed/bookings-generator';
import { seedDemoStructure } from '../../seed/demo-core';
import { DEMO_LOGIN, demoUsers, seedDemoUsers } from '../../seed/demo-users';
import { call, ok, type Actor } from '../../testing/core';

// Correctness with 100,000 bookings (timing belongs to bench/).
let t: TestApp;
let admin: Actor;
beforeAll(async () => {
  t = await buildTestApp();
  await seedDemoUsers(t.app.db);
  await seedDemoStructure(t.app.db, '2026-06-30');
  const targets = await loadBookingTargets(t.app.db, '2025-01-01', '2026-06-30');
  expect(await generateBookings(t.app.db, targets, 100_000, 7)).toBe(100_000);
  admin = { id: 0, cookie: await t.login(DEMO_LOGIN.email, DEMO_LOGIN.password) };
}, 60_000);
afterAll(async () => t.close());

const sumMinutes = async (where = sql`1 = 1`) =>
  Number(
    (
      await sql<{
        n: number;
        m: number;
      }>`select count(*) as n, sum(minutes) as m from bookings where ${where}`.execute(t.app.db)
    ).rows[0]!.m,
  );

describe('100,000 bookings', () => {
  it('pages the booking list with the right totals', async () => {
    const res = await ok(await call(t.app, admin, 'GET', '/api/bookings?pageSize=100&page=3'));
    expect(res.total).toBe(100_000);
    expect(res.items).toHaveLength(100);
    expect(res.totalMinutes).toBe(await sumMinutes());
    const dates = res.items.map((b: { date: string }) => b.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters by project and period', async () => {
    const { id } = await t.app.db
      .selectFrom('projects')
      .select('id')
      .where('number', '=', 'P-2026-001')
      .executeTakeFirstOrThrow();
    const res = await ok(
      await call(
        t.app,
        admin,
        'GET',
        `/api/bookings?projectId=${id}&from=2026-03-01&to=2026-03-31&pageSize=10`,
      ),
    );
    expect(res.totalMinutes).toBe(
      await sumMinutes(sql`project_id = ${id} and date between '2026-03-01' and '2026-03-31'`),
    );
  });

  it('shows an employee only his bookings', async () => {
    const erika = demoUsers[2];
    const cookie = await t.login(erika.email, erika.password);
    const me = await t.app.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', erika.email)
      .executeTakeFirstOrThrow();
    const res = await ok(await call(t.app, { id: me.id, cookie }, 'GET', '/api/bookings?mine=1&pageSize=5'));
    expect(res.totalMinutes).toBe(await sumMinutes(sql`employee_id = ${me.id}`));
  });

  it('summarises every project in the project list', async () => {
    const res = await ok(await call(t.app, admin, 'GET', '/api/projects'));
    const booked = res.items.reduce(
      (s: number, p: { summary: { bookedMinutes: number } }) => s + p.summary.bookedMinutes,
      0,
    );
    expect(booked).toBe(await sumMinutes());
  });
});
