import { sql, type Kysely } from 'kysely';
import type { Database } from '@plainstaff/server/src/db/database';
import { before18Routes } from '../baselines/before-18/routes';
import { explain, recordSql } from './explain';
import { explainPg, recordPg } from './pg-plans';
import { clientFor, latencySandbox, type BenchSandbox } from './sandbox';
import type { SeededDb } from './seed';
import { logPlans, planRow } from './server-rows';
import { BENCH_SECRET, ok, openDb, openServer, type BenchServer } from './server';
import type { BenchContext, BenchRow } from './types';

// One database of the export-at-scale benchmark (issue 18), SQLite or PostgreSQL: the real server with
// the before-18 routes mounted, a sandbox with 20 ms latency the focus project's customer is linked to,
// a reset between exports, and the query plans of what the requests ran.

export const SCALE_ACCOUNT = {
  billomatId: 'benchscale',
  apiKey: 'bench-scale-key-0123456789abcdef',
  clientCount: 1,
  echoCustomfieldOnCreate: true,
};

export interface ScaleTarget {
  label: 'SQLite' | 'PostgreSQL';
  seeded: SeededDb;
  /** CPU time of everything that works on a request (ms): this process, plus PostgreSQL's processes. */
  cpu: () => number;
}

export interface ScaleEnv {
  target: ScaleTarget;
  server: BenchServer;
  sandbox: BenchSandbox;
  db: Kysely<Database>;
  log(message: string): void;
  /** Every booking billed by this benchmark open again, its exports and holds gone. */
  reset(opts?: { keepExports?: boolean }): Promise<void>;
  /** The query plans of the statements `fn` sent, logged, as one table row. */
  plans(
    bench: string,
    title: string,
    fn: () => Promise<unknown>,
    beforeExplain?: () => Promise<void>,
  ): Promise<BenchRow>;
  close(): Promise<void>;
}

export async function openScaleEnv(ctx: BenchContext, target: ScaleTarget): Promise<ScaleEnv> {
  const { location, focusProjectId: pid } = target.seeded;
  const sandbox = await latencySandbox([SCALE_ACCOUNT]);
  const server = await openServer({
    location,
    billomatBaseUrl: sandbox.baseUrlTemplate,
    routes: before18Routes(BENCH_SECRET),
  });
  const db = await openDb(location);
  ok(
    await server.call('PUT', '/api/integrations/billomat', {
      billomatId: SCALE_ACCOUNT.billomatId,
      apiKey: SCALE_ACCOUNT.apiKey,
      vatRate: '19',
      printProjectDescription: false,
      completeInvoices: false,
      templateId: null,
    }),
    'integration settings',
  );
  const clientId = (await clientFor(sandbox, SCALE_ACCOUNT).clients.list()).items[0]!.id;
  const { customer_id } = await db
    .selectFrom('projects')
    .select('customer_id')
    .where('id', '=', pid)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('customers')
    .set({ billomat_client_id: clientId, source: 'billomat' })
    .where('id', '=', customer_id)
    .execute();
  const { before } = await db
    .selectFrom('exports')
    .select(sql<number>`coalesce(max(id), 0)`.as('before'))
    .executeTakeFirstOrThrow();
  const ours = db.selectFrom('exports').select('id').where('id', '>', Number(before));

  async function reset(opts: { keepExports?: boolean } = {}) {
    await db
      .updateTable('bookings')
      .set({ billing_state: 'open', export_id: null, invoice_number: null })
      .where('export_id', 'in', ours)
      .execute();
    await db.deleteFrom('export_bookings').where('export_id', 'in', ours).execute();
    if (!opts.keepExports) await db.deleteFrom('exports').where('id', 'in', ours).execute();
    // The exports rewrite ~100,000 rows twice; autovacuum would clean up later, the next run needs it now.
    if (target.label === 'PostgreSQL') await sql`vacuum (analyze) bookings, export_bookings`.execute(db);
  }

  async function plans(
    bench: string,
    title: string,
    fn: () => Promise<unknown>,
    beforeExplain?: () => Promise<void>,
  ) {
    if (target.label === 'SQLite') {
      const statements = await recordSql(fn);
      await beforeExplain?.();
      const found = explain(location, statements);
      logPlans(ctx, title, found);
      return planRow(bench, `EXPLAIN ${title}`, found);
    }
    const statements = await recordPg(fn);
    await beforeExplain?.();
    const found = await explainPg(location, statements);
    for (const p of found) {
      const head = p.analyzed ? 'EXPLAIN (ANALYZE, BUFFERS)' : 'EXPLAIN (could not run alone)';
      ctx.log(`${head} ${title}:\n      ${p.sql.slice(0, 300)}\n      ${p.plan.join('\n      ')}`);
    }
    const scans = found.filter((p) => p.seqScans.length > 0);
    return {
      benchmark: bench,
      metric: `EXPLAIN (ANALYZE, BUFFERS) ${title}: statements reading all of bookings (Seq Scan) (of ${found.length})`,
      unit: '',
      baseline: null,
      ours: scans.length,
      target: 'info (plans in the log)',
      met: null,
      ...(scans.length
        ? { note: scans.map((p) => p.sql.replace(/\s+/g, ' ').trim().slice(0, 100)).join(' / ') }
        : {}),
    } satisfies BenchRow;
  }

  return {
    target,
    server,
    sandbox,
    db,
    log: (m) => ctx.log(`${target.label}: ${m}`),
    reset,
    plans,
    async close() {
      await server.close();
      await db.destroy();
      await sandbox.close();
    },
  };
}
