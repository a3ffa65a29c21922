import { ApiFailure, invalid } from '../state/api-failure';
import { createClient, deleteClient, getClient, updateClient } from '../state/clients';
import { renderClient, renderInvoice, renderItem } from '../state/render';
import { INVOICE_STATUSES } from '../state/defaults';
import { resolveConfig } from '../state/account';
import type { SandboxState } from '../state/sandbox-state';
import type { AccountConfig, AccountData } from '../state/types';
import { getInvoice, touch } from '../invoices/invoices';
import { itemsOf } from '../invoices/items';
import type { WireObject } from '../wire/envelope';
import type { RateLimiter } from '../http/rate-limit';

export type AccountPatch = Partial<Omit<AccountConfig, 'billomatId' | 'clientCount' | 'seed'>>;

export interface InvoiceView {
  invoice: WireObject;
  items: WireObject[];
}

/** State inspection and manipulation for tests; the HTTP control API is a thin layer over this. */
export class SandboxControl {
  constructor(
    private readonly state: SandboxState,
    private readonly limiter: RateLimiter,
  ) {}

  private account(id: string): AccountData {
    const a = this.state.account(id);
    if (!a) throw new ApiFailure(404, [`Unknown billomat account: ${id}`]);
    return a;
  }

  accounts() {
    return [...this.state.accounts.values()].map((a) => ({
      billomatId: a.config.billomatId,
      apiKey: a.config.apiKey,
      accountName: a.config.accountName,
      clients: a.clients.size,
      invoices: a.invoices.size,
      rateLimit: a.config.rateLimit,
      echoCustomfieldOnCreate: a.config.echoCustomfieldOnCreate,
    }));
  }

  addAccount(config: AccountConfig) {
    if (!config?.billomatId || !config.apiKey) throw invalid('billomatId and apiKey are required');
    this.state.addAccount(config);
    this.limiter.reset(config.billomatId);
  }

  patchAccount(id: string, patch: AccountPatch) {
    const a = this.account(id);
    a.config = resolveConfig({
      ...a.config,
      ...patch,
      rateLimit: { ...a.config.rateLimit, ...patch.rateLimit },
    });
    this.limiter.reset(id);
    this.state.changed();
  }

  resetRateLimits(id?: string) {
    this.limiter.reset(id);
  }

  client(id: string, clientId: number): WireObject {
    return renderClient(getClient(this.account(id), clientId));
  }

  addClient(id: string, fields: Record<string, unknown>): WireObject {
    const rec = createClient(this.account(id), fields, this.state.now());
    this.state.changed();
    return renderClient(rec);
  }

  /** e.g. rename a client; bumps `updated` like a change in billomat's UI. */
  updateClient(id: string, clientId: number, fields: Record<string, unknown>): WireObject {
    const rec = updateClient(this.account(id), clientId, fields, this.state.now());
    this.state.changed();
    return renderClient(rec);
  }

  /** As if deleted in billomat's UI (refused while documents are assigned, like billomat). */
  deleteClient(id: string, clientId: number): void {
    deleteClient(this.account(id), clientId);
    this.state.changed();
  }

  invoices(id: string): InvoiceView[] {
    const a = this.account(id);
    return [...a.invoices.keys()].map((invId) => this.invoice(id, invId));
  }

  invoice(id: string, invoiceId: number): InvoiceView {
    const a = this.account(id);
    return { invoice: renderInvoice(getInvoice(a, invoiceId)), items: itemsOf(a, invoiceId).map(renderItem) };
  }

  /** e.g. mark an invoice PAID as if the customer had paid. */
  setInvoiceStatus(id: string, invoiceId: number, status: string): InvoiceView {
    if (!(INVOICE_STATUSES as readonly string[]).includes(status)) throw invalid(`unknown status ${status}`);
    const inv = getInvoice(this.account(id), invoiceId);
    inv.fields.status = status;
    if (status === 'PAID') {
      inv.fields.paid_amount = inv.fields.total_gross ?? '0';
      inv.fields.open_amount = '0';
    }
    touch(inv, this.state.now());
    this.state.changed();
    return this.invoice(id, invoiceId);
  }
}
