import fc from 'fast-check';
import type { BillableBooking, LineOptions } from '../types';
import { BILLING_ROUNDINGS } from '../rule';
import { baseOptions } from './fixtures';

// Test-only generators. Small pools of employees, tasks, rates and dates make groups collide often,
// which is where grouping bugs live.

const employees = [
  { employeeId: 1, employeeName: 'Anna Berger' },
  { employeeId: 2, employeeName: 'Ömer Yılmaz' },
  { employeeId: 3, employeeName: 'ben albers' },
];
const tasks = [
  { taskId: null, taskName: null },
  { taskId: 10, taskName: 'Konzeption' },
  { taskId: 11, taskName: 'Umsetzung' },
  { taskId: 12, taskName: 'Änderungen' },
];
const rates = [null, 0, 8000, 9500, 9550, 11000, 12345];
const comments = ['', 'Abstimmung', 'Ticket #12, #13', 'Deployment; Test', ' '];

const anyDate = fc
  .integer({ min: Date.UTC(2025, 10, 1) / 86_400_000, max: Date.UTC(2026, 6, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const bookingWithoutId = fc.record({
  // A few fixed dates make same-day bookings (and so ordering ties) common.
  date: fc.oneof(anyDate, fc.constantFrom('2026-06-01', '2026-06-30', '2026-07-01')),
  minutes: fc.integer({ min: 1, max: 1440 }),
  rateCents: fc.constantFrom(...rates),
  rateSource: fc.constantFrom('member', 'task', 'project', 'user', undefined),
  employee: fc.constantFrom(...employees),
  task: fc.constantFrom(...tasks),
  comment: fc.constantFrom(...comments),
});

/** Bookings with unique ids, in arbitrary order. */
export const bookingsArbitrary: fc.Arbitrary<BillableBooking[]> = fc
  .tuple(
    fc.array(bookingWithoutId, { maxLength: 60, size: 'max' }),
    fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 60, maxLength: 60 }),
  )
  .map(([drafts, ids]) =>
    drafts.map(({ employee, task, rateSource, ...rest }, index) => ({
      id: ids[index] ?? index,
      ...rest,
      ...employee,
      ...task,
      ...(rateSource ? { rateSource } : {}),
    })),
  );

export const optionsArbitrary: fc.Arbitrary<LineOptions> = fc
  .record({
    groupByMonth: fc.boolean(),
    groupByTask: fc.boolean(),
    groupByEmployee: fc.boolean(),
    rounding: fc.constantFrom(...BILLING_ROUNDINGS),
  })
  .map((flags) => ({
    ...baseOptions,
    ...flags,
    titleTemplate: '{projekt} – {task} – {mitarbeiter} – {monat}',
    descriptionTemplate: '{datum}: {kommentare} ({stunden} Std.)',
  }));

export const basisPointsArbitrary = fc.integer({ min: 0, max: 10_000 });
