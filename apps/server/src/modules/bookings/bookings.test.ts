import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/app';
import { buildWorld, call, ok, type World } from './core.test-support';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await buildTestApp();
  w = await buildWorld(t);
});
afterAll(async () => t.close());

describe('bookings', () => {
  it('books 1:30 at 95 € as 90 minutes and 142,50 €... i.e. 14250 cents', async () => {
    const b = await ok(
      await call(t.app, w.employee, 'POST', '/api/bookings', {
        projectId: w.projectId,
        taskId: w.taskIds[0],
        date: '2026-03-02',
        minutes: '1:30',
        comment: 'Abstimmung mit Kunde zu Startseite',
      }),
      201,
    );
    expect(b).toMatchObject({
      minutes: 90,
      rateCents: 9500,
      rateSource: 'task',
      amountCents: 14250,
      version: 1,
    });
  });
});
