import { expect, type APIRequestContext } from '@playwright/test';
import { call, connectBillomat, importedCustomer, userByEmail, type Json } from './api';
import { demo } from './users';

const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Day `d` of last month as `YYYY-MM-DD` (the export page's "Letzter Monat"). */
export const lastMonth = (d: number) => {
  const now = new Date();
  return iso(new Date(now.getFullYear(), now.getMonth() - 1, d));
};
export const today = () => iso(new Date());

export interface BookingSpec {
  task: string;
  date: string;
  minutes: number;
  comment: string;
}

/**
 * A running project at 100 € per hour for a customer imported from billomat (billomat connected),
 * with the admin as member and the given bookings: what the export page needs, with exact figures.
 */
export async function projectWithBookings(
  api: APIRequestContext,
  name: string,
  tasks: string[],
  bookings: BookingSpec[],
): Promise<Json> {
  await connectBillomat(api);
  const customer = await importedCustomer(api);
  expect(customer, 'a customer imported from billomat').toBeTruthy();
  const admin = await userByEmail(api, demo.admin.email);
  const project = await call(api, 'POST', '/projects', {
    number: `${name.slice(0, 4).toUpperCase()}-${Date.now() % 1_000_000}`,
    name,
    description: 'Bestellnummer 4711',
    customerId: customer!.id,
    status: 'running',
    hourlyRateCents: 10000,
    tasks: tasks.map((t) => ({ name: t })),
    members: [{ userId: admin!.id }],
  });
  const ids = project.tasks as { id: number; name: string }[];
  for (const b of bookings)
    await call(api, 'POST', '/bookings', {
      projectId: project.id,
      employeeId: admin!.id,
      taskId: ids.find((t) => t.name === b.task)!.id,
      date: b.date,
      minutes: b.minutes,
      comment: b.comment,
    });
  return project;
}
