import { parseDec } from '../wire/decimal';
import { berlinDateTime } from '../wire/time';
import { invalid } from '../state/api-failure';
import { nextId } from '../state/account';
import { wireString } from '../state/clients';
import type { AccountData, Rec } from '../state/types';
import { itemTotalFields, itemTotals } from './totals';

const ITEM_INPUT = [
  'article_id',
  'unit',
  'quantity',
  'unit_price',
  'tax_name',
  'tax_rate',
  'tax_changed_manually',
  'title',
  'description',
  'reduction',
  'type',
  'customfield',
];

export function itemsOf(account: AccountData, invoiceId: number): Rec[] {
  const id = String(invoiceId);
  return [...account.items.values()].filter((i) => i.invoice_id === id);
}

/** Validates and normalises one item; omitted tax falls back to the account's default rate. */
export function buildItem(account: AccountData, input: Record<string, unknown>, position: number): Rec {
  const rec: Rec = {};
  for (const k of ITEM_INPUT) {
    const s = wireString(input[k]);
    if (s !== undefined) rec[k] = s;
  }
  const errors: string[] = [];
  for (const k of ['quantity', 'unit_price', 'tax_rate']) {
    if (rec[k] !== undefined && rec[k] !== '' && parseDec(rec[k]) === null)
      errors.push(`${k} is not a number: ${rec[k]}`);
  }
  if (errors.length) throw invalid(...errors);
  const def = account.taxes.find((t) => t.is_default === '1');
  rec.quantity = rec.quantity || '0';
  rec.unit_price = rec.unit_price || '0';
  rec.tax_rate = rec.tax_rate ?? def?.rate ?? '0';
  rec.tax_name = rec.tax_name ?? def?.name ?? '';
  rec.position = String(position);
  return rec;
}

export function insertItem(account: AccountData, invoice: Rec, item: Rec, nowMs: number): Rec {
  const id = nextId(account);
  const now = berlinDateTime(nowMs);
  Object.assign(item, { id: String(id), created: now, updated: now, invoice_id: invoice.id ?? '' });
  Object.assign(item, itemTotalFields(itemTotals(item, invoice.net_gross ?? 'NET')));
  item.customfield = item.customfield ?? '';
  account.items.set(id, item);
  return item;
}
