import { expect } from 'vitest';
import { JUNE, optionsFor, seedProject, type Fixture } from '../../testing/exports/fixtures';
import type { Actor, ReliabilityHarness } from './harness';

export interface World {
  admin: Actor;
  manager: Actor;
  /** A manager who leads no project of the world. */
  manager2: Actor;
  employee: Actor;
  /** An employee assigned to project `q` only. */
  other: Actor;
  /** Led by `manager`, `employee` books on it: bookings 0–1 billed by `createdExport`, 2–3 open. */
  p: Fixture;
  /** Someone else's project (led by manager2 only in name: he is not its manager either). */
  q: Fixture;
  manualCustomerId: number;
  createdExportId: number;
  failedExportId: number;
  otherEmployeeBookingId: number;
}

/** The objects every corpus case refers to: own, foreign, billed, open, a created and a failed export. */
export async function buildWorld(h: ReliabilityHarness): Promise<World> {
  const [manager, manager2, employee, other] = [
    await h.user('manager'),
    await h.user('manager'),
    await h.user('employee'),
    await h.user('employee'),
  ];
  const p = await seedProject(h.app, h.sandbox, {
    employeeId: employee.id,
    managerId: manager.id,
    bookings: JUNE,
  });
  const q = await seedProject(h.app, h.sandbox, { employeeId: other.id, bookings: JUNE.slice(0, 2) });
  const customer = await h.send('POST', '/api/customers', { name: 'Handeingabe GmbH' });
  expect(customer.statusCode, customer.body).toBe(201);

  const exportOf = async (ids: number[]) => {
    const options = optionsFor(ids);
    const preview = await h.send('POST', `/api/projects/${p.projectId}/export-preview`, options);
    expect(preview.statusCode, preview.body).toBe(200);
    return h.send('POST', `/api/projects/${p.projectId}/exports`, {
      ...options,
      previewToken: preview.json().previewToken,
    });
  };
  const created = await exportOf(p.bookingIds.slice(0, 2));
  expect(created.statusCode, created.body).toBe(201);
  // billomat refuses (422): a definite failure, the bookings go back to open.
  h.sandbox.faults.add({ kind: 'status', status: 422, path: '/api/invoices', method: 'POST' });
  const failed = await exportOf(p.bookingIds.slice(2, 3));
  expect(failed.statusCode, failed.body).toBeGreaterThanOrEqual(400);
  const failedRow = await h.app.db
    .selectFrom('exports')
    .select('id')
    .where('status', '=', 'failed')
    .executeTakeFirstOrThrow();
  return {
    admin: h.admin,
    manager,
    manager2,
    employee,
    other,
    p,
    q,
    manualCustomerId: customer.json().id,
    createdExportId: created.json().id,
    failedExportId: failedRow.id,
    otherEmployeeBookingId: q.bookingIds[0]!,
  };
}
