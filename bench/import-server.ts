import path from 'node:path';
import type { BenchSandbox as Sandbox } from './lib/sandbox';
import type { BillomatClient, Client, Page } from '@plainstaff/billomat';
import { exists } from './lib/paths';
import { countRequests } from './lib/sandbox';
import { openServer } from './lib/server';
import { round } from './lib/stats';
import type { BenchContext, BenchRow } from './lib/types';

// The same clients through the server's import service (customerImporter().runToEnd(): what
// POST /api/customers/import runs), into a fresh SQLite file: a first import (creates every customer)
// and, at 10,000, a re-import (everything unchanged). Naive (10,000 only): the same service, but its
// client pages at billomat's default page size of 100. Before (10,000 only): the same service with the
// 1,000-client pages read one after another, as pagesOf did before its read-ahead.

interface Account {
  billomatId: string;
  apiKey: string;
}

/** The client with `clients.pages()` one page after another, at `perPage` (100: billomat's default). */
function pagingBy(client: BillomatClient, perPage: number): BillomatClient {
  async function* pages(): AsyncGenerator<Page<Client>> {
    for (let page = 1; ; page++) {
      const p = await client.clients.list({}, page, perPage);
      yield p;
      if (page >= p.totalPages) return;
    }
  }
  return { ...client, clients: { ...client.clients, pages } } as BillomatClient;
}

async function importOnce(
  ctx: BenchContext,
  sandbox: Sandbox,
  account: Account,
  file: string,
  variant: 'ours' | 'naive' | 'before',
  runs: number,
) {
  const { customerImporter } =
    await import('@plainstaff/server/src/modules/customer-import/customer-import.service');
  const server = await openServer({ location: file, billomatBaseUrl: sandbox.baseUrlTemplate });
  try {
    await server.app.billomat.store.save(
      {
        billomatId: account.billomatId,
        vatRateBp: 1900,
        printProjectDescription: false,
        completeInvoices: false,
        templateId: null,
      },
      account.apiKey,
      null,
    );
    const client = async () => {
      const c = await server.app.billomat.client();
      return variant === 'ours' ? c : pagingBy(c, variant === 'naive' ? 100 : 1000);
    };
    const importer = customerImporter({ db: server.app.db, client, log: server.app.log });
    const out = [];
    for (let i = 0; i < runs; i++) {
      const r = await countRequests(sandbox, account.billomatId, () => importer.runToEnd(null), {
        path: '/api/clients',
      });
      if (r.value.status !== 'completed')
        throw new Error(`import ended ${r.value.status}: ${r.value.error?.message ?? ''}`);
      ctx.log(
        `server import${variant === 'ours' ? '' : ` (${variant})`} run ${i + 1}: ${r.requests} requests, ${r.ms.toFixed(0)} ms (our CPU ${r.cpuMs.toFixed(0)} ms), ${JSON.stringify(r.value.summary)}`,
      );
      out.push(r);
    }
    return out;
  } finally {
    await server.close();
  }
}

export async function serverImportRows(
  ctx: BenchContext,
  sandbox: Sandbox,
  account: Account,
  n: number,
  pureMs: number,
  opts: { again: boolean; naive: boolean },
): Promise<BenchRow[]> {
  const label = `${n / 1000}k`;
  const bench = `Import ${label} clients (server)`;
  if (!exists('apps/server/src/modules/customer-import/customer-import.service.ts')) {
    return [
      {
        benchmark: bench,
        metric: '–',
        unit: '',
        baseline: null,
        ours: null,
        target: '–',
        met: null,
        note: 'not available: apps/server/src/modules/customer-import has not landed',
      },
    ];
  }
  const file = (name: string) => path.join(ctx.tmpDir, `import-${label}${name}.sqlite`);
  const [first, again] = await importOnce(ctx, sandbox, account, file(''), 'ours', opts.again ? 2 : 1);
  const naive = opts.naive ? (await importOnce(ctx, sandbox, account, file('-naive'), 'naive', 1))[0] : null;
  const before = opts.naive
    ? (await importOnce(ctx, sandbox, account, file('-before'), 'before', 1))[0]
    : null;
  const cap = n <= 10_000;
  const limit = cap ? Math.min(2000, 1.2 * pureMs) : 1.2 * pureMs;
  const target = `${cap ? '≤ 2000 ms and ' : ''}≤ 1.2× pure (${round(1.2 * pureMs)} ms)`;
  const rows: BenchRow[] = [
    {
      benchmark: bench,
      metric: 'billomat requests',
      unit: '',
      baseline: naive?.requests ?? null,
      ours: first!.requests,
      target: `≤ ${Math.ceil(n / 1000)}`,
      met: first!.requests <= Math.ceil(n / 1000),
    },
    {
      benchmark: bench,
      metric: `first import (${n.toLocaleString('en-US')} created): wall time`,
      unit: 'ms',
      baseline: naive ? round(naive.ms) : null,
      ours: round(first!.ms),
      target,
      met: first!.ms <= limit,
    },
  ];
  if (before)
    rows.push({
      benchmark: bench,
      metric: 'read-ahead: first import before (pages one after another) → after',
      unit: 'ms',
      baseline: round(before.ms),
      ours: round(first!.ms),
      target: 'info (the same requests)',
      met: null,
    });
  if (again)
    rows.push({
      benchmark: bench,
      metric: 're-import (all unchanged): wall time',
      unit: 'ms',
      baseline: null,
      ours: round(again.ms),
      target,
      met: again.ms <= limit,
    });
  return rows;
}
