import { berlinDate, berlinDateTime, addDays, bumpTimestamp } from '../wire/time';
import { asArray } from '../wire/envelope';
import { ApiFailure, invalid, notFound } from '../state/api-failure';
import { nextId } from '../state/account';
import { wireString } from '../state/clients';
import { INVOICE_WRITABLE } from '../state/defaults';
import { composeAddress } from '../state/render';
import type { AccountData, InvoiceRec, Rec } from '../state/types';
import { DEFAULT_TEMPLATE_ID } from '../state/lookups';
import { fmt, parseDec, ZERO } from '../wire/decimal';
import { invoiceTotals } from './invoice-totals';
import { buildItem, insertItem, itemsOf } from './items';

export function getInvoice(account: AccountData, id: number): InvoiceRec {
  const inv = account.invoices.get(id);
  if (!inv) throw notFound('Invoice');
  return inv;
}

/** Recomputes totals and taxes from the items, as billomat does after every item change. */
export function recompute(account: AccountData, inv: InvoiceRec): void {
  const items = itemsOf(account, Number(inv.fields.id));
  const { fields, taxes } = invoiceTotals(inv.fields, items, account.config.totalsRounding);
  Object.assign(inv.fields, fields);
  inv.taxes = taxes;
  const paid = parseDec(inv.fields.paid_amount) ?? ZERO;
  inv.fields.open_amount = fmt((parseDec(fields.total_gross) ?? ZERO) - paid);
}

function dates(fields: Rec): void {
  if (!fields.date) return;
  fields.due_date = addDays(fields.date, Number(fields.due_days ?? '14') || 0);
  if (fields.discount_rate)
    fields.discount_date = addDays(fields.date, Number(fields.discount_days ?? '7') || 0);
}

export function createInvoice(account: AccountData, input: unknown, nowMs: number): InvoiceRec {
  if (!input || typeof input !== 'object') throw invalid('Missing root element: invoice');
  const body = input as Record<string, unknown>;
  const clientId = wireString(body.client_id);
  if (!clientId) throw invalid('client_id is missing');
  const client = account.clients.get(Number(clientId));
  if (!client) throw invalid(`client_id ${clientId} is invalid`);
  const quota = account.config.documentQuota;
  if (quota >= 0 && account.invoices.size >= quota) throw new ApiFailure(403, ['insufficient capacity']);
  const rawItems = asArray((body['invoice-items'] as Record<string, unknown> | undefined)?.['invoice-item']);
  const items = rawItems.map((raw, i) => buildItem(account, raw, i + 1));
  const id = nextId(account);
  const now = berlinDateTime(nowMs);
  const fields: Rec = { id: String(id), created: now, updated: now, address: composeAddress(client) };
  fields.net_gross = account.settings.net_gross ?? 'NET';
  fields.template_id = String(DEFAULT_TEMPLATE_ID);
  for (const k of INVOICE_WRITABLE) {
    const s = wireString(body[k]);
    if (s !== undefined) fields[k] = s;
  }
  if (account.config.echoCustomfieldOnCreate) fields.customfield = wireString(body.customfield) ?? '';
  // Drafts show a provisional number; the final one is fixed on completion.
  fields.invoice_number = `${account.settings.invoice_number_pre ?? 'RE'}${account.counters.invoiceNumber + 1}`;
  fields.number = '';
  fields.status = 'DRAFT';
  dates(fields);
  const inv: InvoiceRec = { fields, taxes: [] };
  account.invoices.set(id, inv);
  for (const item of items) insertItem(account, fields, item, nowMs);
  recompute(account, inv);
  return inv;
}

export function updateInvoice(account: AccountData, id: number, input: unknown, nowMs: number): InvoiceRec {
  const inv = getInvoice(account, id);
  if (!input || typeof input !== 'object') throw invalid('Missing root element: invoice');
  if (inv.fields.status !== 'DRAFT') throw invalid('Only invoices in status DRAFT can be edited.');
  for (const k of INVOICE_WRITABLE) {
    const s = wireString((input as Record<string, unknown>)[k]);
    if (s !== undefined) inv.fields[k] = s;
  }
  dates(inv.fields);
  recompute(account, inv);
  touch(inv, nowMs);
  return inv;
}

export function touch(inv: InvoiceRec, nowMs: number): void {
  inv.fields.updated = bumpTimestamp(inv.fields.updated, nowMs);
}

export function addItemToInvoice(account: AccountData, input: unknown, nowMs: number): Rec {
  if (!input || typeof input !== 'object') throw invalid('Missing root element: invoice-item');
  const invoiceId = Number(wireString((input as Record<string, unknown>).invoice_id));
  const inv = account.invoices.get(invoiceId);
  if (!inv) throw invalid('invoice_id is invalid');
  if (inv.fields.status !== 'DRAFT') throw invalid('Items can only be added to invoices in status DRAFT.');
  const position = itemsOf(account, invoiceId).length + 1;
  const item = insertItem(
    account,
    inv.fields,
    buildItem(account, input as Record<string, unknown>, position),
    nowMs,
  );
  recompute(account, inv);
  touch(inv, nowMs);
  return item;
}

export const today = (nowMs: number) => berlinDate(nowMs);
