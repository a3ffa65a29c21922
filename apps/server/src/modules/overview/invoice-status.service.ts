import type { BillomatClient, Invoice } from '@plainstaff/billomat';
import type { StatusRefresh } from '@plainstaff/contracts/overview';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { mapBillomatErrors } from '../../plugins/billomat';
import { invoiceNumberLabel } from '../exports';
import { invoiceStatusRepository } from './invoice-status.repository';

const PAGE_SIZE = 1000;

/** The longest prefix all references share: billomat's customfield filter is a substring search. */
export function commonPrefix(values: string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0]!;
  for (const v of values) {
    while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
    if (prefix === '') break;
  }
  return prefix;
}

/**
 * Lists our invoices in pages of 1,000: `GET /api/invoices?customfield=<our reference prefix>` (every
 * export carries its reference in the customfield), so 2,500 invoices cost 3 requests, whatever their
 * status. Without a usable prefix the invoice date narrows the list instead; either way the answer is
 * matched to our exports by billomat invoice id, so other invoices of the account are ignored.
 */
async function listOurInvoices(
  client: BillomatClient,
  references: string[],
  firstInvoiceDate: string,
): Promise<{ invoices: Invoice[]; requests: number }> {
  const prefix = commonPrefix(references);
  const filters = prefix.length >= 3 ? { customfield: prefix } : { from: firstInvoiceDate };
  const invoices: Invoice[] = [];
  let requests = 0;
  for (let page = 1; ; page++) {
    const result = await client.invoices.list(filters, page, PAGE_SIZE);
    requests++;
    invoices.push(...result.items);
    if (result.items.length < PAGE_SIZE || page * PAGE_SIZE >= result.total) break;
  }
  return { invoices, requests };
}

export function invoiceStatusService(
  db: Kysely<Database>,
  client: () => Promise<BillomatClient>,
  connectedAccount: () => Promise<string | null>,
) {
  const repo = invoiceStatusRepository(db);

  return {
    async refresh(now = new Date()): Promise<Omit<StatusRefresh, 'invoices'>> {
      const targets = await repo.refreshTargets(await connectedAccount());
      if (targets.length === 0) return { checked: 0, changed: 0, requests: 0, notFound: 0 };
      const billomat = await client();
      const firstDate = targets.reduce(
        (min, t) => (t.invoice_date < min ? t.invoice_date : min),
        '9999-12-31',
      );
      const { invoices, requests } = await mapBillomatErrors(() =>
        listOurInvoices(
          billomat,
          targets.map((t) => t.reference),
          firstDate,
        ),
      );
      const statusById = new Map(invoices.map((i) => [i.id, i.status]));
      const byId = new Map(invoices.map((i) => [i.id, i]));
      const numbers = new Map<number, string>();
      const byStatus = new Map<string, number[]>();
      const checked: number[] = [];
      for (const t of targets) {
        const status = statusById.get(t.billomat_invoice_id);
        if (status === undefined) continue;
        checked.push(t.id);
        const label = invoiceNumberLabel(byId.get(t.billomat_invoice_id)!);
        if (label !== t.invoice_number) numbers.set(t.id, label);
        if (status === t.invoice_status) continue;
        const ids = byStatus.get(status) ?? [];
        ids.push(t.id);
        byStatus.set(status, ids);
      }
      await repo.saveStatuses(byStatus, checked, now.toISOString());
      await repo.saveNumbers(numbers);
      const changed = [...byStatus.values()].reduce((n, ids) => n + ids.length, 0);
      return { checked: checked.length, changed, requests, notFound: targets.length - checked.length };
    },
  };
}
