import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/app';
import { buildWorld, call, countQueries, ok, type World } from '../../testing/core';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await buildTestApp();
  w = await buildWorld(t);
});
afterAll(async () => t.close());

describe('projects', () => {
  it('creates a project with tasks and members in one go and reads it back', async () => {
    const p = await ok(await call(t.app, w.admin, 'GET', `/api/projects/${w.projectId}`));
    expect(p).toMatchObject({
      status: 'running',
      customerName: 'Muster GmbH',
      customerLinked: false,
      noTasks: false,
    });
    expect(p.tasks).toMatchObject([
      { name: 'Konzeption', rateCents: 9500, bookedMinutes: 0 },
      { name: 'Entwicklung', rateCents: null },
    ]);
    expect(p.members).toHaveLength(2);
    expect(p.members.find((m: { userId: number }) => m.userId === w.manager.id).isManager).toBe(true);
  });

  it('summarises booked, billed and unbilled figures (billable amounts only)', async () => {
    const post = (body: Record<string, unknown>) =>
      call(t.app, w.employee, 'POST', '/api/bookings', {
        projectId: w.projectId,
        taskId: w.taskIds[0],
        date: '2026-04-01',
        ...body,
      });
    await ok(await post({ minutes: '1:30' }), 201); // 90 min × 95 € = 142,50 €
    await ok(await post({ minutes: 60, billable: false }), 201);
    const billed = await ok(await post({ minutes: 30 }), 201); // 47,50 €
    await t.app.db
      .updateTable('bookings')
      .set({ billing_state: 'billed' })
      .where('id', '=', billed.id)
      .execute();
    const p = await ok(await call(t.app, w.manager, 'GET', `/api/projects/${w.projectId}`));
    expect(p.summary).toEqual({
      bookedMinutes: 180,
      billedMinutes: 30,
      // Marked billed without an invoice: nothing is invoiced ("Abgerechnet" is invoiced money).
      invoicedCents: 0,
      unbilledMinutes: 90,
      unbilledCents: 14250,
      budgetUsedPercent: null,
      lastInvoiceDate: null,
    });
    expect(p.tasks[0].bookedMinutes).toBe(180);
    const list = await ok(await call(t.app, w.admin, 'GET', '/api/projects'));
    expect(list.items.find((x: { id: number }) => x.id === w.projectId).summary.unbilledCents).toBe(14250);
  });

  it('lets employees read only the projects they are assigned to', async () => {
    const mine = await ok(await call(t.app, w.employee, 'GET', '/api/projects'));
    expect(mine.items.map((x: { id: number }) => x.id)).toEqual([w.projectId]);
    expect((await ok(await call(t.app, w.other, 'GET', '/api/projects'))).total).toBe(0);
    expect((await call(t.app, w.other, 'GET', `/api/projects/${w.projectId}`)).statusCode).toBe(404);
    expect((await call(t.app, w.other, 'GET', `/api/projects/${w.projectId}/tasks`)).statusCode).toBe(404);
  });

  it('lets a manager create a project (he leads it) and edit only the ones he leads', async () => {
    const m2 = await t.createUser('manager');
    const created = await ok(
      await call(t.app, m2, 'POST', '/api/projects', {
        number: 'M2-1',
        name: 'Eigenes',
        customerId: w.customerId,
      }),
      201,
    );
    expect(created.members).toEqual([expect.objectContaining({ userId: m2.id, isManager: true })]);
    const edit = await call(t.app, m2, 'PATCH', `/api/projects/${created.id}`, {
      number: 'M2-1',
      name: 'Umbenannt',
      customerId: w.customerId,
      members: [{ userId: m2.id, isManager: true }],
    });
    expect((await ok(edit)).name).toBe('Umbenannt');
    const foreign = await call(t.app, m2, 'POST', `/api/projects/${w.projectId}/tasks`, { name: 'Neu' });
    expect(foreign.statusCode).toBe(403);
  });

  it('keeps, renames, adds and deletes tasks; creates and updates one task through /tasks', async () => {
    const p = await ok(
      await call(t.app, w.admin, 'POST', '/api/projects', {
        number: 'T-1',
        name: 'Tasks',
        customerId: w.customerId,
        tasks: [{ name: 'A' }, { name: 'B' }],
      }),
      201,
    );
    const [a] = p.tasks;
    const updated = await ok(
      await call(t.app, w.admin, 'PATCH', `/api/projects/${p.id}`, {
        number: 'T-1',
        name: 'Tasks',
        customerId: w.customerId,
        tasks: [{ id: a.id, name: 'A2', rateCents: '80' }, { name: 'C' }],
      }),
    );
    expect(updated.tasks.map((x: { name: string }) => x.name)).toEqual(['A2', 'C']);
    expect(updated.tasks[0]).toMatchObject({ id: a.id, rateCents: 8000 });
    const d = await ok(
      await call(t.app, w.admin, 'POST', `/api/projects/${p.id}/tasks`, { name: 'D', budgetMinutes: '7,5' }),
      201,
    );
    expect(d).toMatchObject({ name: 'D', budgetMinutes: 450, projectId: p.id });
    const e = await ok(
      await call(t.app, w.admin, 'PATCH', `/api/projects/${p.id}/tasks/${d.id}`, { name: 'E' }),
    );
    expect(e.name).toBe('E');
    const list = await ok(await call(t.app, w.admin, 'GET', `/api/projects/${p.id}/tasks`));
    expect(list.items.map((x: { name: string }) => x.name)).toEqual(['A2', 'C', 'E']);
  });
});

describe('query count', () => {
  it('lists projects and bookings with a constant number of queries', async () => {
    const t2 = await buildTestApp();
    try {
      const w2 = await buildWorld(t2);
      const measure = async () => ({
        projects: await countQueries(t2.app, async () =>
          ok(await call(t2.app, w2.manager, 'GET', '/api/projects?pageSize=500')),
        ),
        bookings: await countQueries(t2.app, async () =>
          ok(await call(t2.app, w2.manager, 'GET', '/api/bookings?pageSize=500')),
        ),
        bookable: await countQueries(t2.app, async () =>
          ok(await call(t2.app, w2.employee, 'GET', '/api/bookings/bookable-projects')),
        ),
      });
      const small = await measure();
      expect(small.projects).toBeGreaterThan(1);
      for (let i = 0; i < 50; i++) {
        const p = await ok(
          await call(t2.app, w2.admin, 'POST', '/api/projects', {
            number: `Q-${i}`,
            name: `Projekt ${i}`,
            customerId: w2.customerId,
            status: 'running',
            tasks: [{ name: 'Arbeit' }],
            members: [{ userId: w2.employee.id }, { userId: w2.manager.id, isManager: true }],
          }),
          201,
        );
        for (let j = 0; j < 3; j++) {
          await ok(
            await call(t2.app, w2.employee, 'POST', '/api/bookings', {
              projectId: p.id,
              taskId: p.tasks[0].id,
              date: '2026-03-02',
              minutes: 30,
            }),
            201,
          );
        }
      }
      const large = await measure();
      expect(large).toEqual(small);
      // session lookup + count + page + one aggregate for the page
      expect(large.projects).toBeLessThanOrEqual(4);
      expect(large.bookings).toBeLessThanOrEqual(3);
    } finally {
      await t2.close();
    }
  });
});
