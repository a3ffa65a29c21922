import type { BillableBooking, LineOptions } from '../types';

// Shared by the tests only (not exported from index.ts).

export function booking(overrides: Partial<BillableBooking> & Pick<BillableBooking, 'id'>): BillableBooking {
  return {
    date: '2026-06-01',
    minutes: 60,
    rateCents: 9500,
    employeeId: 1,
    employeeName: 'Anna Berger',
    taskId: 1,
    taskName: 'Entwicklung',
    comment: '',
    ...overrides,
  };
}

export const baseOptions: LineOptions = {
  groupByMonth: false,
  groupByTask: false,
  groupByEmployee: false,
  rounding: 0,
  projectName: 'Relaunch Website',
  projectNumber: 'P-042',
  locale: 'de',
};
