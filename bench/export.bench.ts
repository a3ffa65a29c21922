import type { BenchSandbox as Sandbox } from './lib/sandbox';
import type { BillomatClient, InvoiceItemInput } from '@plainstaff/billomat';
import { hundredthsToDecimal } from '@plainstaff/billomat';
import { clientFor, countRequests, latencySandbox } from './lib/sandbox';
import { round } from './lib/stats';
import { part, type Benchmark, type BenchContext, type BenchRow } from './lib/types';
import { serverExportRows } from './export-server';

// Export through the billomat client, 20 ms latency per request:
// ours = ONE POST /invoices with every item nested (+ PUT customfield when the account ignores it on create);
// naive = POST /invoices without items, then one POST /invoice-items per line.

export const EXPORT_ACCOUNTS = {
  echo: {
    billomatId: 'benchecho',
    apiKey: 'bench-echo-key-0123456789abcdef',
    clientCount: 3,
    echoCustomfieldOnCreate: true,
  },
  quiet: {
    billomatId: 'benchquiet',
    apiKey: 'bench-quiet-key-0123456789abcdef',
    clientCount: 3,
    echoCustomfieldOnCreate: false,
  },
};
type Account = (typeof EXPORT_ACCOUNTS)[keyof typeof EXPORT_ACCOUNTS];

const items = (n: number): InvoiceItemInput[] =>
  Array.from({ length: n }, (_, i) => ({
    title: `Aufgabe ${i + 1} – 05/2026`,
    description: `Leistungen vom 04.05.2026 bis 29.05.2026`,
    unit: 'Std.',
    quantityHundredths: ((i % 40) + 1) * 25,
    unitPriceCents: 9500,
    taxRateBp: 1900,
  }));

async function ours(client: BillomatClient, clientId: number, n: number, ref: string) {
  const invoice = await client.invoices.create({ clientId, items: items(n), customfield: ref });
  if (invoice.customfield !== ref) await client.invoices.setCustomfield(invoice.id, ref);
  return invoice.id;
}

async function naive(
  sandbox: Sandbox,
  account: Account,
  client: BillomatClient,
  clientId: number,
  n: number,
) {
  const invoice = await client.invoices.create({ clientId, items: [] });
  for (const item of items(n)) {
    const res = await fetch(`${sandbox.url}/${account.billomatId}/api/invoice-items`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-BillomatApiKey': account.apiKey,
      },
      body: JSON.stringify({
        'invoice-item': {
          invoice_id: String(invoice.id),
          title: item.title,
          description: item.description,
          unit: item.unit,
          quantity: hundredthsToDecimal(item.quantityHundredths, 'quantity'),
          unit_price: hundredthsToDecimal(item.unitPriceCents, 'unit_price'),
          tax_rate: hundredthsToDecimal(item.taxRateBp ?? 1900, 'tax_rate'),
          tax_changed_manually: '1',
        },
      }),
    });
    if (res.status !== 201) throw new Error(`naive item POST: HTTP ${res.status} ${await res.text()}`);
  }
  return invoice.id;
}

interface Case {
  label: string;
  invoices: number;
  lines: number;
}

async function clientRows(ctx: BenchContext, sandbox: Sandbox, naiveByCase: Map<string, number>) {
  const rows: BenchRow[] = [];
  const cases: Case[] = [
    { label: '1 invoice × 500 lines', invoices: 1, lines: 500 },
    { label: '50 invoices × 10 lines', invoices: 50, lines: 10 },
  ];
  for (const [kind, account] of Object.entries(EXPORT_ACCOUNTS)) {
    const client = clientFor(sandbox, account);
    const clientId = (await client.clients.list()).items[0]!.id;
    await ours(client, clientId, 5, 'warm-up'); // JIT, sockets
    for (const c of cases) {
      let seq = 0;
      const o = await countRequests(sandbox, account.billomatId, async () => {
        for (let i = 0; i < c.invoices; i++)
          await ours(client, clientId, c.lines, `bench-${kind}-${c.lines}-${++seq}`);
      });
      const b = await countRequests(sandbox, account.billomatId, async () => {
        for (let i = 0; i < c.invoices; i++) await naive(sandbox, account, client, clientId, c.lines);
      });
      naiveByCase.set(`${kind}:${c.lines}`, b.requests / c.invoices);
      const allowed = account.echoCustomfieldOnCreate ? 1 : 2;
      const bench = `Export via client (${kind === 'echo' ? 'customfield accepted on create' : 'customfield set separately'})`;
      ctx.log(
        `${kind} ${c.label}: ours ${o.requests} req ${o.ms.toFixed(0)} ms, naive ${b.requests} req ${b.ms.toFixed(0)} ms`,
      );
      rows.push(
        {
          benchmark: bench,
          metric: `${c.label}: requests per invoice`,
          unit: '',
          baseline: round(b.requests / c.invoices, 2),
          ours: round(o.requests / c.invoices, 2),
          target: `≤ ${allowed}`,
          met: o.requests / c.invoices <= allowed,
        },
        {
          benchmark: bench,
          metric: `${c.label}: wall time`,
          unit: 'ms',
          baseline: round(b.ms),
          ours: round(o.ms),
          target: 'info',
          met: null,
        },
      );
    }
  }
  return rows;
}

export async function exportRows(ctx: BenchContext): Promise<BenchRow[]> {
  const sandbox = await latencySandbox(Object.values(EXPORT_ACCOUNTS));
  try {
    const naive = new Map<string, number>();
    const rows = await clientRows(ctx, sandbox, naive);
    return [...rows, ...(await part('Export via server', () => serverExportRows(ctx, sandbox, naive)))];
  } finally {
    await sandbox.close();
  }
}

export const exportBench: Benchmark = { name: 'export', title: 'Export', run: exportRows };
