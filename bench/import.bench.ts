import type { BenchSandbox as Sandbox } from './lib/sandbox';
import { countRequests, clientFor, latencySandbox, LATENCY_MS } from './lib/sandbox';
import { median, round } from './lib/stats';
import { part, type Benchmark, type BenchContext, type BenchRow } from './lib/types';
import { serverImportRows } from './import-server';
import { withReadAhead } from './lib/read-ahead';

// Customer import: 10,000 clients behind 20 ms of latency per request.
// ours = the client's `clients.pages()` (per_page=1000); naive = the default page size 100;
// pure = the same 10 requests as plain fetch with the body read but not decoded (the floor for "ours").

const N = 10_000;
const ROUNDS = 5;
const ACCOUNT = { billomatId: 'benchimport', apiKey: 'bench-import-key-0123456789abcdef', clientCount: N };

async function oursImport(sandbox: Sandbox) {
  const client = clientFor(sandbox, ACCOUNT);
  let n = 0;
  for await (const page of client.clients.pages()) n += page.items.length;
  return n;
}

async function readAheadImport(sandbox: Sandbox) {
  let n = 0;
  for await (const page of withReadAhead(clientFor(sandbox, ACCOUNT)).clients.pages()) n += page.items.length;
  return n;
}

async function naiveImport(sandbox: Sandbox) {
  const client = clientFor(sandbox, ACCOUNT);
  let n = 0;
  for (let page = 1; ; page++) {
    const p = await client.clients.list({}, page); // billomat's default per_page=100
    n += p.items.length;
    if (page >= p.totalPages) return n;
  }
}

async function rawPages(sandbox: Sandbox, pages: number) {
  for (let page = 1; page <= pages; page++) {
    const res = await fetch(`${sandbox.url}/${ACCOUNT.billomatId}/api/clients?per_page=1000&page=${page}`, {
      headers: { Accept: 'application/json', 'X-BillomatApiKey': ACCOUNT.apiKey },
    });
    await res.text();
  }
}

export async function importRows(ctx: BenchContext): Promise<BenchRow[]> {
  const sandbox = await latencySandbox([ACCOUNT]);
  try {
    const rows = await clientRows(ctx, sandbox);
    const pure = rows.find((r) => r.metric.startsWith('pure'))!.ours!;
    return [
      ...rows,
      ...(await part('Import 10k clients (server)', () => serverImportRows(ctx, sandbox, ACCOUNT, N, pure))),
    ];
  } finally {
    await sandbox.close();
  }
}

async function clientRows(ctx: BenchContext, sandbox: Sandbox): Promise<BenchRow[]> {
  const acc = ACCOUNT.billomatId;
  const ours = { ms: [] as number[], requests: 0 };
  const naive = { ms: [] as number[], requests: 0 };
  const raw: number[] = [];
  const ahead: number[] = [];
  await oursImport(sandbox); // warm-up: JIT, sockets, zod
  for (let r = 0; r < ROUNDS; r++) {
    const o = await countRequests(sandbox, acc, () => oursImport(sandbox));
    if (o.value !== N) throw new Error(`ours imported ${o.value} clients, expected ${N}`);
    ours.ms.push(o.ms);
    ours.requests = o.requests;
    const p = await countRequests(sandbox, acc, () => rawPages(sandbox, o.requests));
    raw.push(p.ms);
    const b = await countRequests(sandbox, acc, () => naiveImport(sandbox));
    if (b.value !== N) throw new Error(`naive imported ${b.value} clients, expected ${N}`);
    naive.ms.push(b.ms);
    naive.requests = b.requests;
    const a = await countRequests(sandbox, acc, () => readAheadImport(sandbox));
    if (a.value !== N || a.requests !== o.requests)
      throw new Error(`read-ahead: ${a.value} clients, ${a.requests} requests`);
    ahead.push(a.ms);
    ctx.log(
      `round ${r + 1}: ours ${o.ms.toFixed(0)} ms, raw ${p.ms.toFixed(0)} ms, naive ${b.ms.toFixed(0)} ms, read-ahead ${a.ms.toFixed(0)} ms`,
    );
  }
  const oursMs = round(median(ours.ms));
  const rawMs = round(median(raw));
  const bench = 'Import 10k clients (client)';
  return [
    {
      benchmark: bench,
      metric: 'billomat requests',
      unit: '',
      baseline: naive.requests,
      ours: ours.requests,
      target: `≤ ${Math.ceil(N / 1000)} (⌈N/1000⌉)`,
      met: ours.requests <= Math.ceil(N / 1000),
    },
    {
      benchmark: bench,
      metric: `wall time, median of ${ROUNDS}`,
      unit: 'ms',
      baseline: round(median(naive.ms)),
      ours: oursMs,
      target: `≤ 2000 ms and ≤ 1.2× pure (${round(rawMs * 1.2)} ms)`,
      met: oursMs <= 2000 && oursMs <= rawMs * 1.2,
    },
    {
      benchmark: bench,
      metric: 'pure request time (same pages, raw fetch)',
      unit: 'ms',
      baseline: null,
      ours: rawMs,
      target: `info (latency alone: ${ours.requests * LATENCY_MS} ms)`,
      met: null,
    },
    {
      benchmark: bench,
      metric: 'experiment: pages() with one page read-ahead',
      unit: 'ms',
      baseline: round(median(naive.ms)),
      ours: round(median(ahead)),
      target: `info (≤ 1.2× pure: ${round(rawMs * 1.2)} ms)`,
      met: null,
      note: 'bench/lib/read-ahead.ts: the fix proposed for packages/billomat pagesOf (README finding 5), same 10 requests',
    },
  ];
}

export const importBench: Benchmark = {
  name: 'import',
  title: 'Customer import',
  run: importRows,
};
