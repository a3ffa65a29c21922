import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '@plainstaff/contracts/errors';
import { buildTestApp, type TestApp } from '../../testing/app';
import { buildWorld, call, ok, snapshot, type Actor, type World } from '../../testing/core';

// Each bad request gets a 4xx in the contract error shape, names the field at fault, and leaves the
// core tables exactly as they were.

let t: TestApp;
let w: World;
let fixtures: {
  completedId: number;
  laterId: number;
  budgetId: number;
  foreignTaskId: number;
  otherBookingId: number;
  billedId: number;
  billomatCustomerId: number;
  manager2: Actor;
};

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildWorld(t);
  const project = async (number: string, extra: Record<string, unknown>) =>
    (
      await ok(
        await call(t.app, w.admin, 'POST', '/api/projects', {
          number,
          name: number,
          customerId: w.customerId,
          status: 'running',
          members: [{ userId: w.employee.id }, { userId: w.other.id }],
          ...extra,
        }),
        201,
      )
    ).id as number;
  const completedId = await project('DONE', { status: 'completed', noTasks: true });
  const laterId = await project('LATER', { startDate: '2026-06-01', noTasks: true });
  const budgetId = await project('TIGHT', { noTasks: true, budgetType: 'hours', budgetMinutes: 1 });
  const foreign = await ok(
    await call(t.app, w.admin, 'POST', '/api/projects', {
      number: 'FOREIGN',
      name: 'Fremd',
      customerId: w.customerId,
      tasks: [{ name: 'Fremdaufgabe' }],
    }),
    201,
  );
  const otherBooking = await ok(
    await call(t.app, w.other, 'POST', '/api/bookings', {
      projectId: laterId,
      date: '2026-06-02',
      minutes: 60,
    }),
    201,
  );
  const billed = await ok(
    await call(t.app, w.employee, 'POST', '/api/bookings', {
      projectId: laterId,
      date: '2026-06-03',
      minutes: 60,
    }),
    201,
  );
  await ok(
    await call(t.app, w.employee, 'POST', '/api/bookings', {
      projectId: w.projectId,
      taskId: w.taskIds[0],
      date: '2026-03-02',
      minutes: 60,
    }),
    201,
  );
  await t.app.db
    .updateTable('bookings')
    .set({ billing_state: 'billed' })
    .where('id', '=', billed.id)
    .execute();
  const now = new Date().toISOString();
  const { id: billomatCustomerId } = await t.app.db
    .insertInto('customers')
    .values({
      name: 'Aus billomat GmbH',
      number: 'K-9',
      address: '',
      email: '',
      vat_id: '',
      source: 'billomat',
      billomat_client_id: 42,
      billomat_client_number: 'K-9',
      archived: 0,
      missing_in_billomat: 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  fixtures = {
    completedId,
    laterId,
    budgetId,
    foreignTaskId: foreign.tasks[0].id,
    otherBookingId: otherBooking.id,
    billedId: billed.id,
    billomatCustomerId,
    manager2: await t.createUser('manager'),
  };
});
afterAll(async () => t.close());

type Case = {
  name: string;
  who: (w: World) => Actor;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  status: number;
  code: string;
  /** The field that must be named in details. */
  field?: string;
};

const booking = (extra: () => Record<string, unknown>) => () => ({
  projectId: w.projectId,
  taskId: w.taskIds[0],
  date: '2026-03-02',
  minutes: 60,
  ...extra(),
});
const project = (extra: () => Record<string, unknown>) => () => ({
  number: 'NEW-1',
  name: 'Neu',
  customerId: w.customerId,
  ...extra(),
});
const emp = (x: World) => x.employee;
const adm = (x: World) => x.admin;
const V = 'VALIDATION_FAILED';

// prettier-ignore
const cases: Case[] = [
  // bookings: types, missing fields, ranges, formats
  { name: 'booking without project', who: emp, method: 'POST', url: () => '/api/bookings', body: () => ({ date: '2026-03-02', minutes: 60 }), status: 400, code: V, field: 'projectId' },
  { name: 'booking without date', who: emp, method: 'POST', url: () => '/api/bookings', body: () => ({ projectId: w.projectId, minutes: 60 }), status: 400, code: V, field: 'date' },
  { name: 'minutes 0', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ minutes: 0 })), status: 400, code: V, field: 'minutes' },
  { name: 'minutes 1441', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ minutes: 1441 })), status: 400, code: V, field: 'minutes' },
  { name: 'duration 24:01', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ minutes: '24:01' })), status: 400, code: V, field: 'minutes' },
  { name: 'duration abc', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ minutes: 'abc' })), status: 400, code: V, field: 'minutes' },
  { name: 'minutes as boolean', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ minutes: true })), status: 400, code: V, field: 'minutes' },
  { name: 'malformed date', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ date: '02.03.2026' })), status: 400, code: V, field: 'date' },
  { name: 'impossible date', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ date: '2026-02-30' })), status: 400, code: V, field: 'date' },
  { name: 'projectId as text', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ projectId: 'eins' })), status: 400, code: V, field: 'projectId' },
  { name: 'negative rate', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ rateCents: -1 })), status: 400, code: V, field: 'rateCents' },
  { name: 'billable as text', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ billable: 'ja' })), status: 400, code: V, field: 'billable' },
  // bookings: rules
  { name: 'unknown project', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ projectId: 99999 })), status: 400, code: V, field: 'projectId' },
  { name: 'completed project', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ projectId: fixtures.completedId, taskId: null })), status: 409, code: 'PROJECT_NOT_RUNNING', field: 'projectId' },
  { name: 'before the start date', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ projectId: fixtures.laterId, taskId: null, date: '2026-05-31' })), status: 409, code: 'BOOKING_BEFORE_START', field: 'date' },
  { name: 'over budget', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ projectId: fixtures.budgetId, taskId: null, minutes: 61 })), status: 409, code: 'BUDGET_EXCEEDED', field: 'minutes' },
  { name: 'task of another project', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ taskId: fixtures.foreignTaskId })), status: 400, code: 'TASK_NOT_IN_PROJECT', field: 'taskId' },
  { name: 'task missing where tasks are used', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ taskId: null })), status: 400, code: 'TASK_REQUIRED', field: 'taskId' },
  { name: 'task on a project without tasks', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ projectId: fixtures.laterId, date: '2026-06-02' })), status: 400, code: 'TASK_NOT_ALLOWED', field: 'taskId' },
  { name: 'not assigned to the project', who: (x) => x.other, method: 'POST', url: () => '/api/bookings', body: booking(() => ({})), status: 403, code: 'NOT_PROJECT_MEMBER', field: 'projectId' },
  { name: 'employee books for someone else', who: emp, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ employeeId: w.other.id })), status: 403, code: 'FORBIDDEN', field: 'employeeId' },
  { name: 'admin books for an unknown employee', who: adm, method: 'POST', url: () => '/api/bookings', body: booking(() => ({ employeeId: 99999 })), status: 400, code: V, field: 'employeeId' },
  { name: "another employee's booking", who: emp, method: 'PATCH', url: () => `/api/bookings/${fixtures.otherBookingId}`, body: () => ({ minutes: 30 }), status: 404, code: 'NOT_FOUND' },
  { name: "deleting another employee's booking", who: emp, method: 'DELETE', url: () => `/api/bookings/${fixtures.otherBookingId}`, status: 404, code: 'NOT_FOUND' },
  { name: 'billed booking edited by its employee', who: emp, method: 'PATCH', url: () => `/api/bookings/${fixtures.billedId}`, body: () => ({ minutes: 30 }), status: 409, code: 'BOOKING_ALREADY_BILLED' },
  { name: 'patch with minutes 0', who: (x) => x.other, method: 'PATCH', url: () => `/api/bookings/${fixtures.otherBookingId}`, body: () => ({ minutes: 0 }), status: 400, code: V, field: 'minutes' },
  { name: 'patch moving before the start', who: (x) => x.other, method: 'PATCH', url: () => `/api/bookings/${fixtures.otherBookingId}`, body: () => ({ date: '2026-01-01' }), status: 409, code: 'BOOKING_BEFORE_START', field: 'date' },
  { name: 'booking id not a number', who: emp, method: 'GET', url: () => '/api/bookings/abc', status: 400, code: V, field: 'id' },
  { name: 'list with malformed period', who: emp, method: 'GET', url: () => '/api/bookings?from=2026-13-01', status: 400, code: V, field: 'from' },
  { name: 'list with unknown billing state', who: emp, method: 'GET', url: () => '/api/bookings?billingState=paid', status: 400, code: V, field: 'billingState' },
  { name: 'rate suggestion with a foreign task', who: emp, method: 'GET', url: () => `/api/bookings/rate-suggestion?projectId=${w.projectId}&taskId=${fixtures.foreignTaskId}`, status: 400, code: V, field: 'taskId' },
  // customers
  { name: 'customer without name', who: adm, method: 'POST', url: () => '/api/customers', body: () => ({ number: 'K1' }), status: 400, code: V, field: 'name' },
  { name: 'customer with bad e-mail', who: adm, method: 'POST', url: () => '/api/customers', body: () => ({ name: 'X', email: 'kein-mail' }), status: 400, code: V, field: 'email' },
  { name: 'customers list for an employee', who: emp, method: 'GET', url: () => '/api/customers', status: 403, code: 'FORBIDDEN' },
  { name: 'editing a billomat customer', who: adm, method: 'PATCH', url: () => `/api/customers/${fixtures.billomatCustomerId}`, body: () => ({ name: 'Neu' }), status: 409, code: 'CUSTOMER_READ_ONLY' },
  { name: 'deleting a customer in use', who: adm, method: 'DELETE', url: () => `/api/customers/${w.customerId}`, status: 409, code: 'CUSTOMER_IN_USE' },
  { name: 'unknown customer', who: adm, method: 'GET', url: () => '/api/customers/99999', status: 404, code: 'NOT_FOUND' },
  // projects
  { name: 'project with unknown customer', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ customerId: 99999 })), status: 400, code: V, field: 'customerId' },
  { name: 'project without number', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ number: '' })), status: 400, code: V, field: 'number' },
  { name: 'project number taken', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ number: 'DONE' })), status: 409, code: 'PROJECT_NUMBER_TAKEN', field: 'number' },
  { name: 'project with unknown status', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ status: 'paused' })), status: 400, code: V, field: 'status' },
  { name: 'hours budget without hours', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ budgetType: 'hours' })), status: 400, code: V, field: 'budgetMinutes' },
  { name: 'project with unknown member', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ members: [{ userId: 99999 }] })), status: 400, code: V, field: 'members.0.userId' },
  { name: 'project with a foreign task id', who: adm, method: 'PATCH', url: () => `/api/projects/${w.projectId}`, body: project(() => ({ number: `P-${w.customerId}`, tasks: [{ id: fixtures.foreignTaskId, name: 'X' }] })), status: 400, code: V, field: 'tasks.0.id' },
  { name: 'removing a task with bookings', who: adm, method: 'PATCH', url: () => `/api/projects/${w.projectId}`, body: project(() => ({ number: `P-${w.customerId}`, status: 'running', tasks: [{ id: w.taskIds[1], name: 'Entwicklung' }] })), status: 409, code: 'TASK_HAS_BOOKINGS', field: 'tasks' },
  { name: 'employee creates a project', who: emp, method: 'POST', url: () => '/api/projects', body: project(() => ({})), status: 403, code: 'FORBIDDEN' },
  { name: 'manager edits a project he does not lead', who: () => fixtures.manager2, method: 'PATCH', url: () => `/api/projects/${w.projectId}`, body: project(() => ({ number: `P-${w.customerId}` })), status: 403, code: 'FORBIDDEN' },
  { name: 'unknown project', who: adm, method: 'GET', url: () => '/api/projects/99999', status: 404, code: 'NOT_FOUND' },
  { name: 'duplicate task names', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ tasks: [{ name: 'A' }, { name: 'a' }] })), status: 400, code: V, field: 'tasks.1.name' },
  { name: 'VAT override over 100 %', who: adm, method: 'POST', url: () => '/api/projects', body: project(() => ({ vatOverrideBp: '101' })), status: 400, code: V, field: 'vatOverrideBp' },
];

describe('bad requests change nothing', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const c of cases) {
    it(c.name, async () => {
      const before = await snapshot(t.app);
      const res = await call(t.app, c.who(w), c.method, c.url(), c.body?.());
      const body = res.json();
      expect(res.statusCode, res.body).toBe(c.status);
      expect(ApiErrorBodySchema.strict().parse(body)).toMatchObject({ statusCode: c.status, code: c.code });
      expect(body.message).toMatch(/\S/);
      if (c.field) expect(body.details?.map((d: { field: string }) => d.field)).toContain(c.field);
      expect(await snapshot(t.app)).toEqual(before);
    });
  }
});
