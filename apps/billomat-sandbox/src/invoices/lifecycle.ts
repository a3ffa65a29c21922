import { addDays } from '../wire/time';
import { fmt, parseDec, ZERO } from '../wire/decimal';
import { invalid, notFound } from '../state/api-failure';
import { nextId } from '../state/account';
import { wireString } from '../state/clients';
import type { AccountData, Rec } from '../state/types';
import { berlinDateTime } from '../wire/time';
import { getInvoice, today, touch } from './invoices';
import { itemsOf } from './items';
import { renderPdf } from './pdf';

export function completeInvoice(account: AccountData, id: number, body: unknown, nowMs: number): void {
  const inv = getInvoice(account, id);
  if (inv.fields.status !== 'DRAFT') throw invalid('Invoice is not a draft and cannot be completed.');
  const templateId = wireString((body as { template_id?: unknown } | undefined)?.template_id);
  if (templateId) {
    if (!account.templates.some((t) => t.id === templateId))
      throw invalid(`template_id ${templateId} is invalid`);
    inv.fields.template_id = templateId;
  }
  account.counters.invoiceNumber += 1;
  const n = account.counters.invoiceNumber;
  const f = inv.fields;
  f.number = String(n);
  f.invoice_number = `${f.number_pre ?? 'RE'}${String(n).padStart(Number(f.number_length ?? '0'), '0')}`;
  f.date = f.date || today(nowMs);
  f.due_date = addDays(f.date, Number(f.due_days ?? '14') || 0);
  f.status = f.due_date < today(nowMs) ? 'OVERDUE' : 'OPEN';
  touch(inv, nowMs);
  // Drafts always show the next free number as their provisional one.
  for (const other of account.invoices.values()) {
    if (other.fields.status === 'DRAFT')
      other.fields.invoice_number = `${other.fields.number_pre ?? 'RE'}${n + 1}`;
  }
}

export function cancelInvoice(account: AccountData, id: number, nowMs: number): void {
  const inv = getInvoice(account, id);
  if (inv.fields.status === 'CANCELED') throw invalid('Invoice is already canceled.');
  inv.fields.status = 'CANCELED';
  touch(inv, nowMs);
}

export function uncancelInvoice(account: AccountData, id: number, nowMs: number): void {
  const inv = getInvoice(account, id);
  if (inv.fields.status !== 'CANCELED') throw invalid('Invoice is not canceled.');
  inv.fields.status = inv.fields.number ? 'OPEN' : 'DRAFT';
  touch(inv, nowMs);
}

export function deleteInvoice(account: AccountData, id: number): void {
  const inv = getInvoice(account, id);
  if (inv.fields.status !== 'DRAFT') throw invalid('Invoice can only be deleted in status DRAFT.');
  for (const item of itemsOf(account, id)) account.items.delete(Number(item.id));
  account.invoices.delete(id);
}

export function invoicePdf(account: AccountData, id: number): { filename: string; bytes: Buffer } {
  const inv = getInvoice(account, id);
  if (!inv.fields.number) throw notFound('PDF (invoice is still a draft)');
  const f = inv.fields;
  const lines = [
    account.config.accountName,
    `Rechnung ${f.invoice_number}`,
    `Datum: ${f.date}`,
    ...(f.address ?? '').split('\n'),
    ...itemsOf(account, id).map((i) => `${i.quantity} ${i.unit ?? ''} ${i.title ?? ''}: ${i.total_net} EUR`),
    `Netto: ${f.total_net} EUR  Brutto: ${f.total_gross} EUR`,
  ];
  return { filename: `Rechnung_${f.invoice_number}.pdf`, bytes: renderPdf(lines) };
}

/** Payments only on OPEN/OVERDUE invoices; a fully paid invoice becomes PAID. */
export function addPayment(account: AccountData, input: unknown, nowMs: number): Rec {
  const body = (input ?? {}) as Record<string, unknown>;
  const inv = account.invoices.get(Number(wireString(body.invoice_id)));
  if (!inv) throw invalid('invoice_id is invalid');
  if (!['OPEN', 'OVERDUE'].includes(inv.fields.status ?? ''))
    throw invalid('Payments are only possible for open invoices.');
  const amount = parseDec(wireString(body.amount) ?? '');
  if (amount === null) throw invalid('amount is missing');
  const paid = (parseDec(inv.fields.paid_amount) ?? ZERO) + amount;
  const open = (parseDec(inv.fields.total_gross) ?? ZERO) - paid;
  inv.fields.paid_amount = fmt(paid);
  inv.fields.open_amount = fmt(open);
  if (open <= ZERO || wireString(body.mark_invoice_as_paid) === '1') inv.fields.status = 'PAID';
  touch(inv, nowMs);
  const id = nextId(account);
  const now = berlinDateTime(nowMs);
  const rec: Rec = {
    id: String(id),
    created: now,
    invoice_id: inv.fields.id ?? '',
    user_id: '',
    date: wireString(body.date) ?? today(nowMs),
    amount: fmt(amount),
    comment: wireString(body.comment) ?? '',
    payment_type: wireString(body.payment_type) ?? 'BANK_TRANSFER',
    customfield: '',
  };
  account.payments.set(id, rec);
  return rec;
}
