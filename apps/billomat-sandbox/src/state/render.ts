import { nestedCollection } from '../wire/envelope';
import type { WireObject } from '../wire/envelope';
import { CLIENT_DEFAULTS, INVOICE_DEFAULTS, INVOICE_TAIL, ITEM_FIELDS } from './defaults';
import type { InvoiceRec, Rec } from './types';

export function clientNumber(rec: Rec): string {
  const pre = rec.number_pre ?? CLIENT_DEFAULTS.number_pre ?? '';
  const len = Number(rec.number_length ?? '0');
  return `${pre}${(rec.number ?? '').padStart(len, '0')}`;
}

// `address` is read-only in billomat: composed from the parts.
export function composeAddress(rec: Rec): string {
  const person = [rec.salutation, rec.first_name, rec.last_name].filter(Boolean).join(' ');
  const place = [rec.zip, rec.city].filter(Boolean).join(' ');
  return [rec.name, person, rec.street, place].filter(Boolean).join('\n');
}

export function renderClient(rec: Rec): WireObject {
  const out: WireObject = {};
  for (const [k, v] of Object.entries(CLIENT_DEFAULTS)) out[k] = rec[k] ?? v;
  out.client_number = clientNumber(rec);
  out.address = composeAddress(rec);
  out['client-property-values'] = '';
  return out;
}

export function renderInvoice(inv: InvoiceRec): WireObject {
  const out: WireObject = {};
  for (const [k, v] of Object.entries(INVOICE_DEFAULTS)) out[k] = inv.fields[k] ?? v;
  out.taxes = nestedCollection('tax', inv.taxes);
  for (const [k, v] of Object.entries(INVOICE_TAIL)) out[k] = inv.fields[k] ?? v;
  return out;
}

export function renderItem(rec: Rec): WireObject {
  const out: WireObject = {};
  for (const k of ITEM_FIELDS) out[k] = rec[k] ?? '';
  return out;
}
