import type { Kysely } from 'kysely';
import type { BillomatClient } from '@plainstaff/billomat';
import type { CustomerImportSummary } from '@plainstaff/contracts/customer-import';
import type { Database } from '../../db/database';
import { importPage } from './customer-import.page';
import { importCustomersRepository } from './customer-import.repository';

export interface ImportProgress {
  pagesDone: number;
  pagesTotal: number | null;
  summary: CustomerImportSummary;
}

export const emptySummary = (): CustomerImportSummary => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  linked: 0,
  missing: 0,
  archived: 0,
  relinkable: 0,
  relinked: 0,
});

/**
 * Fetches all clients page by page (1,000 per request) and commits each page in its own transaction,
 * so a failure on page k keeps pages 1…k-1 and a re-run completes the import. Throws the billomat
 * error of the failing page.
 */
export async function runImport(
  db: Kysely<Database>,
  client: BillomatClient,
  runId: number,
  onProgress: (p: ImportProgress) => Promise<void>,
): Promise<CustomerImportSummary> {
  const target = { account: client.billomatId, runId };
  const summary = emptySummary();
  const seen = new Set<number>();
  let pagesDone = 0;
  let lastTotal = 0;
  for await (const page of client.clients.pages()) {
    const now = new Date().toISOString();
    const counts = await db.transaction().execute((trx) => importPage(trx, page.items, now, target));
    for (const key of ['created', 'updated', 'unchanged', 'linked', 'archived', 'relinkable'] as const)
      summary[key] += counts[key];
    for (const c of page.items) seen.add(c.id);
    pagesDone++;
    lastTotal = page.total;
    await onProgress({ pagesDone, pagesTotal: page.totalPages, summary: { ...summary } });
  }
  // Only a complete run may conclude that a client vanished. If billomat's total moved during the
  // run (a client deleted between two pages shifts the paging), some clients may not have been seen:
  // then nothing is flagged this time rather than flagging a client that still exists.
  if (seen.size >= lastTotal) {
    await db.transaction().execute(async (trx) => {
      const repo = importCustomersRepository(trx, target.account);
      const now = new Date().toISOString();
      for (let page = await repo.presentBillomatCustomers(0); page.length > 0;) {
        const gone = page
          .filter((c) => c.billomat_client_id !== null && !seen.has(Number(c.billomat_client_id)))
          .map((c) => c.id);
        await repo.markMissing(gone, now);
        page = await repo.presentBillomatCustomers(page[page.length - 1]!.id);
      }
    });
  }
  summary.missing = await importCustomersRepository(db, target.account).countMissing();
  return summary;
}
