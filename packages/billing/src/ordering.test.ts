import { describe, expect, it } from 'vitest';
import { buildLines } from './lines';
import { baseOptions, booking } from './testing/fixtures';

const bookings = [
  booking({ id: 1, date: '2026-06-03', taskId: null, taskName: null, employeeId: 2, employeeName: 'Ömer' }),
  booking({
    id: 2,
    date: '2026-05-20',
    taskId: 11,
    taskName: 'Umsetzung',
    employeeId: 1,
    employeeName: 'Anna',
  }),
  booking({
    id: 3,
    date: '2026-06-01',
    taskId: 12,
    taskName: 'Änderungen',
    employeeId: 1,
    employeeName: 'Anna',
  }),
  booking({
    id: 4,
    date: '2026-06-01',
    taskId: 11,
    taskName: 'Umsetzung',
    employeeId: 2,
    employeeName: 'Ömer',
  }),
  booking({
    id: 5,
    date: '2026-06-01',
    taskId: 11,
    taskName: 'Umsetzung',
    employeeId: 1,
    employeeName: 'Anna',
  }),
];

describe('line order', () => {
  it('sorts per-booking lines by date, then employee, then task', () => {
    const { lines } = buildLines(bookings, baseOptions, 1900);
    expect(lines.map((line) => line.firstBookingId)).toEqual([2, 3, 5, 4, 1]);
  });

  it('sorts grouped lines by month, then task name in German order with "no task" last', () => {
    const { lines, members } = buildLines(
      bookings,
      { ...baseOptions, groupByMonth: true, groupByTask: true },
      1900,
    );
    const ids = (key: string) =>
      members
        .get(key)!
        .map((b) => b.id)
        .sort((a, b) => a - b);
    expect(lines.map((line) => [line.month, line.taskName, ids(line.key)])).toEqual([
      ['2026-05', 'Umsetzung', [2]],
      ['2026-06', 'Änderungen', [3]],
      ['2026-06', 'Umsetzung', [4, 5]],
      ['2026-06', null, [1]],
    ]);
  });

  it('sorts by employee name when grouping by employee only', () => {
    const { lines, members } = buildLines(bookings, { ...baseOptions, groupByEmployee: true }, 1900);
    const ids = (key: string) =>
      members
        .get(key)!
        .map((b) => b.id)
        .sort((a, b) => a - b);
    expect(lines.map((line) => [line.employeeName, ids(line.key)])).toEqual([
      ['Anna', [2, 3, 5]],
      ['Ömer', [1, 4]],
    ]);
  });
});
