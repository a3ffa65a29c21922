import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/app';
import { buildWorld, call, ok, type World } from '../../testing/core';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await buildTestApp();
  w = await buildWorld(t);
});
afterAll(async () => t.close());

const book = (who: World['employee'], body: Record<string, unknown>) =>
  call(t.app, who, 'POST', '/api/bookings', {
    projectId: w.projectId,
    taskId: w.taskIds[1],
    date: '2026-03-02',
    minutes: 60,
    ...body,
  });

describe('booking rules', () => {
  it('books 1:30 on a task at 95 € as 90 minutes and 14250 cents', async () => {
    const b = await ok(await book(w.employee, { taskId: w.taskIds[0], minutes: '1:30' }), 201);
    expect(b).toMatchObject({
      minutes: 90,
      rateCents: 9500,
      rateSource: 'task',
      amountCents: 14250,
      version: 1,
    });
    expect(b).toMatchObject({
      billingState: 'open',
      billable: true,
      employeeName: expect.stringMatching(/employee/),
    });
  });

  it('bumps the version on every change and keeps the rate snapshot unless asked', async () => {
    const b = await ok(await book(w.employee, { minutes: 30 }), 201);
    const p1 = await ok(
      await call(t.app, w.employee, 'PATCH', `/api/bookings/${b.id}`, { comment: 'Code-Review' }),
    );
    expect(p1).toMatchObject({
      version: 2,
      comment: 'Code-Review',
      rateCents: b.rateCents,
      rateSource: b.rateSource,
    });
    const p2 = await ok(
      await call(t.app, w.employee, 'PATCH', `/api/bookings/${b.id}`, { rateCents: '100,00', version: 2 }),
    );
    expect(p2).toMatchObject({ version: 3, rateCents: 10000, rateSource: 'manual', amountCents: 5000 });
    const stale = await call(t.app, w.employee, 'PATCH', `/api/bookings/${b.id}`, {
      minutes: 45,
      version: 2,
    });
    expect(stale.json().code).toBe('BOOKING_VERSION_CONFLICT');
  });

  it('locks billed bookings: the employee gets 409, an admin may change and the change is recorded', async () => {
    const b = await ok(await book(w.employee, {}), 201);
    await t.app.db
      .updateTable('bookings')
      .set({ billing_state: 'billed', invoice_number: 'RE-1' })
      .where('id', '=', b.id)
      .execute();
    const refused = await call(t.app, w.employee, 'PATCH', `/api/bookings/${b.id}`, { minutes: 30 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('BOOKING_ALREADY_BILLED');
    const mgr = await call(t.app, w.manager, 'PATCH', `/api/bookings/${b.id}`, { minutes: 30 });
    expect(mgr.json().code).toBe('BOOKING_ALREADY_BILLED');
    const fixed = await ok(await call(t.app, w.admin, 'PATCH', `/api/bookings/${b.id}`, { minutes: 45 }));
    expect(fixed).toMatchObject({ minutes: 45, version: 2, billingState: 'billed' });
    const changes = await t.app.db
      .selectFrom('booking_changes')
      .selectAll()
      .where('booking_id', '=', b.id)
      .execute();
    expect(changes).toHaveLength(1);
    expect(JSON.parse(changes[0]!.before).minutes).toBe(60);
    expect(JSON.parse(changes[0]!.after).minutes).toBe(45);
    expect(changes[0]!.user_id).toBe(w.admin.id);
    const del = await call(t.app, w.admin, 'DELETE', `/api/bookings/${b.id}`);
    expect(del.json().code).toBe('BOOKING_ALREADY_BILLED');
  });

  it('refuses any change to a reserved booking, even by an admin', async () => {
    const b = await ok(await book(w.employee, {}), 201);
    await t.app.db
      .updateTable('bookings')
      .set({ billing_state: 'reserved' })
      .where('id', '=', b.id)
      .execute();
    const res = await call(t.app, w.admin, 'PATCH', `/api/bookings/${b.id}`, { minutes: 30 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('BOOKING_LOCKED');
  });

  it('enforces an hours budget and says how much is left', async () => {
    const p = await ok(
      await call(t.app, w.admin, 'POST', '/api/projects', {
        number: 'BUDGET-H',
        name: 'Budget',
        customerId: w.customerId,
        status: 'running',
        noTasks: true,
        budgetType: 'hours',
        budgetMinutes: '3',
        members: [{ userId: w.employee.id }],
      }),
      201,
    );
    await ok(await book(w.employee, { projectId: p.id, taskId: null, minutes: 30 }), 201);
    const over = await book(w.employee, { projectId: p.id, taskId: null, minutes: 180 });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      message: 'Das Budget reicht nur noch für 2,50 Std.',
      details: [{ field: 'minutes' }],
    });
    await ok(await book(w.employee, { projectId: p.id, taskId: null, minutes: 150 }), 201);
  });

  it('enforces an amount budget on billable amounts', async () => {
    const p = await ok(
      await call(t.app, w.admin, 'POST', '/api/projects', {
        number: 'BUDGET-A',
        name: 'Budget',
        customerId: w.customerId,
        status: 'running',
        noTasks: true,
        hourlyRateCents: 10000,
        budgetType: 'amount',
        budgetCents: '150',
        members: [{ userId: w.employee.id, rateCents: null }],
      }),
      201,
    );
    await ok(await book(w.employee, { projectId: p.id, taskId: null, minutes: 60 }), 201);
    await ok(await book(w.employee, { projectId: p.id, taskId: null, minutes: 600, billable: false }), 201);
    const over = await book(w.employee, { projectId: p.id, taskId: null, minutes: 60 });
    expect(over.json()).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      message: 'Das Budget reicht nur noch für 50,00 €.',
    });
  });
});

describe('visibility', () => {
  it('employees see their own bookings, managers those of their projects, admins all', async () => {
    const own = await ok(await book(w.employee, { comment: 'mine' }), 201);
    const mgrOwn = await ok(await book(w.manager, { comment: 'manager' }), 201);
    const list = async (who: World['admin'], q = '') =>
      (await ok(await call(t.app, who, 'GET', `/api/bookings?pageSize=500${q}`))).items.map(
        (b: { id: number }) => b.id,
      );
    expect(await list(w.employee)).toContain(own.id);
    expect(await list(w.employee)).not.toContain(mgrOwn.id);
    expect(await list(w.manager)).toEqual(expect.arrayContaining([own.id, mgrOwn.id]));
    expect(await list(w.manager, '&mine=1')).not.toContain(own.id);
    expect(await list(w.admin)).toEqual(expect.arrayContaining([own.id, mgrOwn.id]));
    expect(await list(w.other)).toEqual([]);
    expect((await call(t.app, w.other, 'GET', `/api/bookings/${own.id}`)).statusCode).toBe(404);
    const edited = await ok(
      await call(t.app, w.manager, 'PATCH', `/api/bookings/${own.id}`, { minutes: 75 }),
    );
    expect(edited.minutes).toBe(75);
  });

  it('hides the bookings of projects a manager does not lead', async () => {
    const m2 = await t.createUser('manager');
    const b = await ok(await book(w.employee, {}), 201);
    expect((await call(t.app, m2, 'GET', `/api/bookings/${b.id}`)).statusCode).toBe(404);
    expect((await call(t.app, m2, 'PATCH', `/api/bookings/${b.id}`, { minutes: 5 })).statusCode).toBe(404);
  });

  it('filters by project, employee, task, period, billing state and billable, and sums the minutes', async () => {
    const res = await ok(
      await call(
        t.app,
        w.admin,
        'GET',
        `/api/bookings?projectId=${w.projectId}&employeeId=${w.employee.id}&taskId=${w.taskIds[0]}&from=2026-03-01&to=2026-03-31&billingState=open&billable=1`,
      ),
    );
    expect(res.total).toBeGreaterThan(0);
    for (const b of res.items) {
      expect(b).toMatchObject({ projectId: w.projectId, employeeId: w.employee.id, taskId: w.taskIds[0] });
    }
    expect(res.totalMinutes).toBe(res.items.reduce((s: number, b: { minutes: number }) => s + b.minutes, 0));
  });

  it('deletes an open own booking', async () => {
    const b = await ok(await book(w.employee, {}), 201);
    await ok(await call(t.app, w.employee, 'DELETE', `/api/bookings/${b.id}`));
    expect((await call(t.app, w.employee, 'GET', `/api/bookings/${b.id}`)).statusCode).toBe(404);
  });
});

describe('bookable projects and rate suggestion', () => {
  it('offers running assigned projects with their tasks (admins: all running)', async () => {
    const mine = await ok(await call(t.app, w.employee, 'GET', '/api/bookings/bookable-projects'));
    const p = mine.items.find((x: { id: number }) => x.id === w.projectId);
    expect(p.tasks.map((x: { name: string }) => x.name)).toEqual(['Konzeption', 'Entwicklung']);
    expect((await ok(await call(t.app, w.other, 'GET', '/api/bookings/bookable-projects'))).items).toEqual(
      [],
    );
    const all = await ok(await call(t.app, w.admin, 'GET', '/api/bookings/bookable-projects'));
    expect(all.items.length).toBeGreaterThanOrEqual(mine.items.length);
  });

  it('walks member → task → project → user default and names the source', async () => {
    const suggest = async (who: World['admin'], q: string) =>
      ok(await call(t.app, who, 'GET', `/api/bookings/rate-suggestion?projectId=${w.projectId}${q}`));
    expect(await suggest(w.employee, `&taskId=${w.taskIds[0]}`)).toEqual({
      rateCents: 9500,
      source: 'task',
      label: {
        code: 'RATE_SUGGESTION',
        params: { context: 'task', task: 'Konzeption' },
        message: 'Satz aus Task Konzeption',
      },
    });
    expect(await suggest(w.employee, `&taskId=${w.taskIds[1]}`)).toMatchObject({
      rateCents: 9000,
      label: { code: 'RATE_SUGGESTION', params: { context: 'project' }, message: 'Satz aus Projekt' },
    });
    await t.app.db
      .updateTable('project_members')
      .set({ rate_cents: 7700 })
      .where('user_id', '=', w.manager.id)
      .execute();
    expect(await suggest(w.manager, `&taskId=${w.taskIds[0]}`)).toEqual({
      rateCents: 7700,
      source: 'member',
      label: { code: 'RATE_SUGGESTION', params: { context: 'member' }, message: 'Satz aus Projektmitglied' },
    });
    await t.app.db
      .updateTable('projects')
      .set({ hourly_rate_cents: null })
      .where('id', '=', w.projectId)
      .execute();
    expect(await suggest(w.employee, `&taskId=${w.taskIds[1]}`)).toEqual({
      rateCents: 9000,
      source: 'user',
      label: {
        code: 'RATE_SUGGESTION',
        params: { context: 'user' },
        message: 'Standardsatz des Mitarbeiters',
      },
    });
    await t.app.db
      .updateTable('projects')
      .set({ hourly_rate_cents: 9000 })
      .where('id', '=', w.projectId)
      .execute();
  });
});
