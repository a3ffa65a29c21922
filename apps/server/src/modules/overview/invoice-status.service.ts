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

export function invoiceStatusService(
  db: Kysely<Database>,
  client: () => Promise<BillomatClient>,
  connectedAccount: () => Promise<string | null>,
) {
  const repo = invoiceStatusRepository(db);

  /** One page of billomat's invoices onto our exports: how many of ours it held, how many changed. */
  async function storePage(
    invoices: Invoice[],
    account: string | null,
    at: string,
  ): Promise<{ checked: number; changed: number }> {
    const byId = new Map(invoices.map((i) => [i.id, i]));
    const numbers = new Map<number, string>();
    const byStatus = new Map<string, number[]>();
    const checked: number[] = [];
    for (const t of await repo.targetsAmong(account, [...byId.keys()])) {
      const invoice = byId.get(t.billomat_invoice_id)!;
      checked.push(t.id);
      const label = invoiceNumberLabel(invoice);
      if (label !== t.invoice_number) numbers.set(t.id, label);
      if (invoice.status === t.invoice_status) continue;
      const ids = byStatus.get(invoice.status) ?? [];
      ids.push(t.id);
      byStatus.set(invoice.status, ids);
    }
    await repo.saveStatuses(byStatus, checked, at);
    await repo.saveNumbers(numbers);
    return {
      checked: checked.length,
      changed: [...byStatus.values()].reduce((n, ids) => n + ids.length, 0),
    };
  }

  return {
    /**
     * Lists our invoices in pages of 1,000: `GET /api/invoices?customfield=<our reference prefix>`
     * (every export carries its reference in the customfield), so 2,500 invoices cost 3 requests,
     * whatever their status. Without a usable prefix the invoice date narrows the list instead. Each
     * page is matched to our exports by billomat invoice id (other invoices of the account are
     * ignored) and stored before the next is asked for: memory holds one page, however many years of
     * invoices there are.
     */
    async refresh(now = new Date()): Promise<Omit<StatusRefresh, 'invoices'>> {
      const account = await connectedAccount();
      const { count, firstDate } = await repo.refreshScope(account);
      if (count === 0) return { checked: 0, changed: 0, requests: 0, notFound: 0 };
      let prefix: string | null = null;
      for await (const references of repo.references(account))
        prefix = commonPrefix(prefix === null ? references : [prefix, ...references]);
      const filters =
        prefix !== null && prefix.length >= 3 ? { customfield: prefix } : { from: firstDate ?? undefined };
      const billomat = await client();
      const at = now.toISOString();
      let requests = 0;
      let changed = 0;
      let checked = 0;
      for (let page = 1; ; page++) {
        const result = await mapBillomatErrors(() => billomat.invoices.list(filters, page, PAGE_SIZE));
        requests++;
        const stored = await storePage(result.items, account, at);
        checked += stored.checked;
        changed += stored.changed;
        if (result.items.length < PAGE_SIZE || page * PAGE_SIZE >= result.total) break;
      }
      // Counted here, not read back: a refresh running beside this one stamps its own check time.
      return { checked, changed, requests, notFound: Math.max(count - checked, 0) };
    },
  };
}
