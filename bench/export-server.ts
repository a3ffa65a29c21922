import path from 'node:path';
import type { BenchSandbox as Sandbox } from './lib/sandbox';
import { EXPORT_ACCOUNTS } from './export.bench';
import { exists } from './lib/paths';
import { clientFor, countRequests } from './lib/sandbox';
import { addBookings, exportFixture } from './lib/export-fixture';
import { ok, openDb, openServer, type BenchServer } from './lib/server';
import { median, round, timed } from './lib/stats';
import type { BenchContext, BenchRow } from './lib/types';

// The same exports through the server (what users run): POST export-preview, then POST exports, against
// the sandbox with 20 ms latency. One project with 500 tasks: a selection of one booking per task
// gives a 500-line invoice; ten bookings on ten tasks give a 10-line invoice.

const TASKS = 500;
const SMALL_RUNS = 50;
const SMALL_LINES = 10;

async function exportOnce(
  server: BenchServer,
  sandbox: Sandbox,
  account: string,
  projectId: number,
  bookingIds: number[],
) {
  // The bookings picked one by one ("only these"), as the grid sends a selection since issue 18.
  const options = {
    selection: { filter: { state: 'open' }, mode: 'only', included: bookingIds },
    invoiceDate: new Date().toISOString().slice(0, 10),
    groupByMonth: true,
    groupByTask: true,
    groupByEmployee: false,
    completeInBillomat: false,
  };
  const p = await timed(async () =>
    ok<{ previewToken: string; lines: unknown[]; blockers: { message: string }[] }>(
      await server.call('POST', `/api/projects/${projectId}/export-preview`, options),
      'export-preview',
    ),
  );
  if (p.value.blockers.length)
    throw new Error(`preview blocked: ${p.value.blockers.map((b) => b.message).join(' ')}`);
  const e = await countRequests(sandbox, account, async () => {
    const res = await server.call('POST', `/api/projects/${projectId}/exports`, {
      ...options,
      previewToken: p.value.previewToken,
    });
    return ok<{ status: string; error: string | null }>(res, 'exports');
  });
  if (e.value.status !== 'created') throw new Error(`export ended ${e.value.status}: ${e.value.error ?? ''}`);
  return { lines: p.value.lines.length, previewMs: p.ms, exportMs: e.ms, requests: e.requests };
}

/** `naive` = requests per invoice of the naive client way, measured in the same run, by `${kind}:${lines}`. */
export async function serverExportRows(
  ctx: BenchContext,
  sandbox: Sandbox,
  naive: Map<string, number>,
): Promise<BenchRow[]> {
  if (!exists('apps/server/src/modules/exports/exports.routes.ts')) {
    return [
      {
        benchmark: 'Export via server',
        metric: '–',
        unit: '',
        baseline: null,
        ours: null,
        target: '–',
        met: null,
        note: 'not available: apps/server/src/modules/exports has not landed',
      },
    ];
  }
  const file = path.join(ctx.tmpDir, 'export.sqlite');
  const db = await openDb(file);
  const rows: BenchRow[] = [];
  let server: BenchServer | null = null;
  try {
    const f = await exportFixture(db, TASKS);
    server = await openServer({ location: file, billomatBaseUrl: sandbox.baseUrlTemplate });
    for (const [kind, account] of Object.entries(EXPORT_ACCOUNTS)) {
      ok(
        await server.call('PUT', '/api/integrations/billomat', {
          billomatId: account.billomatId,
          apiKey: account.apiKey,
          vatRate: '19',
          printProjectDescription: false,
          completeInvoices: false,
          templateId: null,
          // The second kind connects another account on purpose (issue 19: a switch is confirmed).
          confirmAccountSwitch: true,
        }),
        'integration settings',
      );
      const clientId = (await clientFor(sandbox, account).clients.list()).items[0]!.id;
      await db
        .updateTable('customers')
        .set({ billomat_client_id: clientId, billomat_account: account.billomatId, source: 'billomat' })
        .where('id', '=', f.customerId)
        .execute();
      const allowed = account.echoCustomfieldOnCreate ? 1 : 2;
      const bench = `Export via server (${kind === 'echo' ? 'customfield accepted on create' : 'customfield set separately'})`;

      await exportOnce(
        server,
        sandbox,
        account.billomatId,
        f.projectId,
        await addBookings(db, f, f.taskIds.slice(0, 3)),
      ); // warm-up
      const big = await exportOnce(
        server,
        sandbox,
        account.billomatId,
        f.projectId,
        await addBookings(db, f, f.taskIds),
      );
      if (big.lines !== TASKS) throw new Error(`expected ${TASKS} lines, preview has ${big.lines}`);
      const small = [];
      for (let i = 0; i < SMALL_RUNS; i++) {
        small.push(
          await exportOnce(
            server,
            sandbox,
            account.billomatId,
            f.projectId,
            await addBookings(db, f, f.taskIds.slice(0, SMALL_LINES)),
          ),
        );
      }
      const smallReq = small.reduce((s, x) => s + x.requests, 0) / SMALL_RUNS;
      ctx.log(
        `${kind}: 500 lines ${big.requests} req, preview ${big.previewMs.toFixed(0)} ms, export ${big.exportMs.toFixed(0)} ms; 50×10: ${smallReq} req/invoice`,
      );
      rows.push(
        {
          benchmark: bench,
          metric: '1 invoice × 500 lines: requests per invoice',
          unit: '',
          baseline: naive.get(`${kind}:${TASKS}`) ?? null,
          ours: big.requests,
          target: `≤ ${allowed}`,
          met: big.requests <= allowed,
        },
        {
          benchmark: bench,
          metric: '1 invoice × 500 lines: preview',
          unit: 'ms',
          baseline: null,
          ours: round(big.previewMs),
          target: 'info',
          met: null,
        },
        {
          benchmark: bench,
          metric: '1 invoice × 500 lines: export',
          unit: 'ms',
          baseline: null,
          ours: round(big.exportMs),
          target: 'info',
          met: null,
        },
        {
          benchmark: bench,
          metric: `${SMALL_RUNS} invoices × ${SMALL_LINES} lines: requests per invoice`,
          unit: '',
          baseline: naive.get(`${kind}:${SMALL_LINES}`) ?? null,
          ours: round(smallReq, 2),
          target: `≤ ${allowed}`,
          met: smallReq <= allowed,
        },
        {
          benchmark: bench,
          metric: `${SMALL_RUNS} invoices × ${SMALL_LINES} lines: preview p50`,
          unit: 'ms',
          baseline: null,
          ours: round(median(small.map((s) => s.previewMs))),
          target: 'info',
          met: null,
        },
        {
          benchmark: bench,
          metric: `${SMALL_RUNS} invoices × ${SMALL_LINES} lines: export p50`,
          unit: 'ms',
          baseline: null,
          ours: round(median(small.map((s) => s.exportMs))),
          target: 'info',
          met: null,
        },
      );
    }
  } finally {
    await server?.close();
    await db.destroy();
  }
  return rows;
}
