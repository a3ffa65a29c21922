import type { Kysely } from 'kysely';
import type { SessionUser } from '@plainstaff/contracts/auth';
import type {
  Booking,
  BookingInput,
  BookingList,
  BookingListQuery,
  BookingUpdate,
} from '@plainstaff/contracts/bookings';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { checkBooking, type BookingTarget } from './booking-rules';
import { toBooking } from './bookings.mapper';
import { bookingsRepository, type BookingRow, type BookingScope } from './bookings.repository';

/** Employees see their own bookings, managers also those of the projects they lead, admins all. */
export function scopeOf(user: SessionUser, mine = false): BookingScope {
  if (mine || user.role === 'employee') return { kind: 'own', userId: user.id };
  return user.role === 'admin' ? { kind: 'all' } : { kind: 'managed', userId: user.id };
}

const notFound = () => new AppError('NOT_FOUND', { context: 'booking' });

/** Reserved bookings belong to a running export; billed ones only an admin may correct. */
function assertChangeable(user: SessionUser, row: BookingRow, deleting: boolean): void {
  if (row.billing_state === 'reserved') throw new AppError('BOOKING_LOCKED');
  if (row.billing_state !== 'billed') return;
  if (deleting) {
    throw new AppError('BOOKING_ALREADY_BILLED', { context: 'delete' });
  }
  if (user.role !== 'admin') throw new AppError('BOOKING_ALREADY_BILLED');
}

function merged(row: BookingRow, patch: BookingUpdate): BookingTarget {
  const target: BookingTarget = {
    projectId: patch.projectId ?? row.project_id,
    taskId: patch.taskId !== undefined ? patch.taskId : row.task_id,
    employeeId: patch.employeeId ?? row.employee_id,
    date: patch.date ?? row.date,
    minutes: patch.minutes ?? row.minutes,
    billable: patch.billable ?? row.billable === 1,
    rateCents: patch.rateCents ?? null,
  };
  const moved =
    target.projectId !== row.project_id ||
    target.taskId !== row.task_id ||
    target.employeeId !== row.employee_id;
  if (patch.rateCents === undefined && !moved) {
    const rateCents = row.rate_cents === null ? null : Number(row.rate_cents);
    target.keep = { rateCents, rateSource: row.rate_source };
  }
  return target;
}

export function bookingsService(db: Kysely<Database>) {
  const repo = bookingsRepository(db);
  const byId = async (id: number) => toBooking((await repo.findVisible({ kind: 'all' }, id))!);

  return {
    async list(user: SessionUser, q: BookingListQuery): Promise<BookingList> {
      const { rows, total, totalMinutes } = await repo.page(scopeOf(user, q.mine === '1'), q);
      return { items: rows.map(toBooking), total, totalMinutes, page: q.page, pageSize: q.pageSize };
    },
    async get(user: SessionUser, id: number): Promise<Booking> {
      const row = await repo.findVisible(scopeOf(user), id);
      if (!row) throw notFound();
      return toBooking(row);
    },
    async create(user: SessionUser, input: BookingInput): Promise<Booking> {
      const id = await db.transaction().execute(async (tx) => {
        const target = { ...input, employeeId: input.employeeId ?? user.id };
        const rate = await checkBooking(tx, user, target);
        const now = new Date().toISOString();
        const values = {
          project_id: target.projectId,
          task_id: target.taskId,
          employee_id: target.employeeId,
          date: target.date,
          minutes: target.minutes,
          rate_cents: rate.rateCents,
          rate_source: rate.rateSource,
          comment: input.comment,
          billable: input.billable ? 1 : 0,
          billing_state: 'open' as const,
          export_id: null,
          invoice_number: null,
          created_by: user.id,
          created_at: now,
          updated_at: now,
        };
        return (await tx.insertInto('bookings').values(values).returning('id').executeTakeFirstOrThrow()).id;
      });
      return byId(id);
    },
    async update(user: SessionUser, id: number, patch: BookingUpdate): Promise<Booking> {
      await db.transaction().execute(async (tx) => {
        const row = await bookingsRepository(tx).findVisible(scopeOf(user), id);
        if (!row) throw notFound();
        if (patch.version !== undefined && patch.version !== row.version) {
          throw new AppError('BOOKING_VERSION_CONFLICT');
        }
        assertChangeable(user, row, false);
        const target = merged(row, patch);
        const rate = await checkBooking(tx, user, target, row);
        const now = new Date().toISOString();
        // Conditional on what was checked: an export claiming this booking meanwhile (another
        // transaction, another instance) makes this a no-op instead of changing a claimed booking.
        const [updated] = await tx
          .updateTable('bookings')
          .set({
            project_id: target.projectId,
            task_id: target.taskId,
            employee_id: target.employeeId,
            date: target.date,
            minutes: target.minutes,
            rate_cents: rate.rateCents,
            rate_source: rate.rateSource,
            comment: patch.comment ?? row.comment,
            billable: target.billable ? 1 : 0,
            version: row.version + 1,
            updated_at: now,
          })
          .where('id', '=', id)
          .where('version', '=', row.version)
          .where('billing_state', '=', row.billing_state)
          .execute();
        if (Number(updated?.numUpdatedRows ?? 0) !== 1) throw new AppError('BOOKING_VERSION_CONFLICT');
        if (row.billing_state === 'billed') {
          const after = (await bookingsRepository(tx).findVisible({ kind: 'all' }, id))!;
          await tx
            .insertInto('booking_changes')
            .values({
              booking_id: id,
              user_id: user.id,
              at: now,
              before: JSON.stringify(toBooking(row)),
              after: JSON.stringify(toBooking(after)),
            })
            .execute();
        }
      });
      return byId(id);
    },
    async remove(user: SessionUser, id: number): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const row = await bookingsRepository(tx).findVisible(scopeOf(user), id);
        if (!row) throw notFound();
        assertChangeable(user, row, true);
        const [deleted] = await tx
          .deleteFrom('bookings')
          .where('id', '=', id)
          .where('version', '=', row.version)
          .where('billing_state', '=', row.billing_state)
          .execute();
        if (Number(deleted?.numDeletedRows ?? 0) !== 1) throw new AppError('BOOKING_VERSION_CONFLICT');
      });
    },
  };
}
