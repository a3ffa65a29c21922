import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/database';

// Data for the overview tests (not a test file itself): a generated data set with awkward rates and
// minutes, exports in every billomat status, and a hand-written, independent computation of the figures.

const NOW = '2026-01-01T00:00:00.000Z';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function insertCustomer(db: Kysely<Database>, name: string): Promise<number> {
  const row = {
    name,
    number: '',
    address: '',
    email: '',
    vat_id: '',
    source: 'manual' as const,
    archived: 0,
    missing_in_billomat: 0,
    created_at: NOW,
    updated_at: NOW,
  };
  return (await db.insertInto('customers').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertProject(
  db: Kysely<Database>,
  p: {
    number: string;
    customerId: number;
    budget?: { minutes?: number; cents?: number };
    currency?: string;
  },
): Promise<number> {
  const budgetType = p.budget?.minutes ? 'hours' : p.budget?.cents ? 'amount' : 'none';
  const row = {
    number: p.number,
    name: `Projekt ${p.number}`,
    description: '',
    customer_id: p.customerId,
    status: 'running' as const,
    currency: p.currency ?? 'EUR',
    vat_override_bp: null,
    start_date: null,
    hourly_rate_cents: null,
    no_tasks: 1,
    budget_type: budgetType as 'none' | 'hours' | 'amount',
    budget_minutes: p.budget?.minutes ?? null,
    budget_cents: p.budget?.cents ?? null,
    created_at: NOW,
    updated_at: NOW,
  };
  return (await db.insertInto('projects').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertExport(
  db: Kysely<Database>,
  e: {
    projectId: number;
    userId: number;
    invoiceDate: string;
    grossCents: number;
    invoiceStatus: string | null;
    status?: 'created' | 'undone' | 'pending';
    billomatId?: number | null;
    reference?: string;
    currency?: string;
    /** The net billomat returned, when it differs from the preview's (or null: not named). */
    billomatNetCents?: number | null;
  },
): Promise<number> {
  const row = {
    project_id: e.projectId,
    reference: e.reference ?? `ps-exp-test-${Math.random().toString(36).slice(2)}`,
    status: e.status ?? 'created',
    created_by: e.userId,
    created_at: NOW,
    updated_at: NOW,
    invoice_date: e.invoiceDate,
    options: '{}',
    lines: '[]',
    currency: e.currency ?? 'EUR',
    total_net_cents: Math.round(e.grossCents / 1.19),
    total_gross_cents: e.grossCents,
    billomat_net_cents: e.billomatNetCents ?? null,
    billomat_gross_cents:
      e.billomatNetCents === undefined || e.billomatNetCents === null ? null : e.grossCents,
    billomat_invoice_id: e.billomatId ?? null,
    invoice_number: `RE-${e.invoiceDate}`,
    invoice_status: e.invoiceStatus,
    mark_as_billed: 1,
    complete_in_billomat: 1,
    error: null,
    undone_at: null,
  };
  return (await db.insertInto('exports').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

const RATES = [null, 1, 7, 29, 30, 8333, 9550, 9999, 12345, 15050, 999_999_999];
const STATUSES = ['OPEN', 'OVERDUE', 'PAID', 'CANCELED', 'DRAFT', null] as const;

export interface Generated {
  customerIds: number[];
  projectIds: number[];
  managedProjectIds: number[];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `count` bookings over ~15 months before `today` (and a few after), spread over 3 customers and 6
 * projects: every billing state, billable or not, odd rates (none, 1 cent, 9.999.999,99 €) and minutes
 * from 1 to 1440, so half-cent amounts and large sums both occur.
 */
export async function generateData(
  db: Kysely<Database>,
  users: { managerId: number; employeeIds: number[]; adminId: number },
  today: string,
  count: number,
): Promise<Generated> {
  const rand = prng(8);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const customerIds = [
    await insertCustomer(db, 'Zeta Bau AG'),
    await insertCustomer(db, 'Älpler Käserei'),
    await insertCustomer(db, 'Müller & Söhne'),
  ];
  const projectIds: number[] = [];
  for (let i = 0; i < 6; i++) {
    const budget = i === 0 ? { minutes: 60_000 } : i === 1 ? { cents: 50_000_000 } : undefined;
    // G-5 bills in Swiss francs: its customer's money must never be added to the euros of G-2.
    const currency = i === 5 ? 'CHF' : 'EUR';
    projectIds.push(
      await insertProject(db, { number: `G-${i}`, customerId: customerIds[i % 3]!, budget, currency }),
    );
  }
  const managedProjectIds = [projectIds[1]!, projectIds[4]!];
  const members = projectIds.flatMap((projectId) => [
    ...users.employeeIds.map((user_id) => ({
      project_id: projectId,
      user_id,
      rate_cents: null,
      is_manager: 0,
    })),
    {
      project_id: projectId,
      user_id: users.managerId,
      rate_cents: null,
      is_manager: managedProjectIds.includes(projectId) ? 1 : 0,
    },
  ]);
  await db.insertInto('project_members').values(members).execute();

  const exportIds: number[] = [];
  for (let i = 0; i < 12; i++) {
    exportIds.push(
      await insertExport(db, {
        projectId: projectIds[i % 6]!,
        userId: users.adminId,
        invoiceDate: iso(Date.parse(`${today}T00:00:00Z`) - i * 17 * 86_400_000),
        grossCents: 1 + Math.floor(rand() * 5_000_000),
        invoiceStatus: STATUSES[i % STATUSES.length]!,
        status: i === 11 ? 'undone' : 'created',
        currency: i % 6 === 5 ? 'CHF' : 'EUR',
        // Some invoices billomat totalled a cent differently than the preview: "Abgerechnet" follows billomat.
        billomatNetCents: i % 4 === 0 ? null : i % 4 === 1 ? undefined : 1 + Math.floor(rand() * 4_000_000),
      }),
    );
  }

  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const employees = [...users.employeeIds, users.managerId];
  const rows = Array.from({ length: count }, () => {
    const state = pick(['open', 'open', 'reserved', 'billed', 'billed'] as const);
    return {
      project_id: pick(projectIds),
      task_id: null,
      employee_id: pick(employees),
      date: iso(todayMs - Math.floor(rand() * 470 - 10) * 86_400_000),
      minutes: rand() < 0.1 ? pick([1, 2, 1440]) : 1 + Math.floor(rand() * 600),
      rate_cents: pick(RATES),
      rate_source: 'manual' as const,
      comment: '',
      billable: rand() < 0.85 ? 1 : 0,
      billing_state: state,
      export_id: state === 'open' ? null : pick(exportIds),
      invoice_number: state === 'billed' ? 'RE-1' : null,
      created_by: users.adminId,
      created_at: NOW,
      updated_at: NOW,
    };
  });
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('bookings')
      .values(rows.slice(i, i + 500))
      .execute();
  return { customerIds, projectIds, managedProjectIds };
}

/** Marks a deterministic share of the (demo) bookings billed or reserved, so every figure is non-trivial. */
export async function billSome(db: Kysely<Database>, exportId: number): Promise<void> {
  await sql`update bookings set billing_state = 'billed', export_id = ${exportId}, invoice_number = 'RE-DEMO' where id % 3 = 0`.execute(
    db,
  );
  await sql`update bookings set billing_state = 'reserved', export_id = ${exportId} where id % 7 = 1 and billing_state = 'open'`.execute(
    db,
  );
}
