import { berlinDateTime, bumpTimestamp } from '../wire/time';
import { invalid, notFound, ApiFailure } from './api-failure';
import { nextId } from './account';
import { CLIENT_DEFAULTS, CLIENT_READ_ONLY } from './defaults';
import { containsFilter, sortRecords, param } from './query';
import type { Query } from './query';
import type { AccountData, Rec } from './types';
import { clientNumber } from './render';

const textFilter = containsFilter([
  'name',
  'client_number',
  'email',
  'first_name',
  'last_name',
  'country_code',
  'note',
  'customfield',
]);

/** Request values may be JSON numbers or strings; booleans as 1/0. Stored as billomat renders them. */
export function wireString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return undefined;
}

function writableFields(input: Record<string, unknown>): Rec {
  const out: Rec = {};
  for (const [k, v] of Object.entries(input)) {
    const s = wireString(v);
    if (s !== undefined && k in CLIENT_DEFAULTS && !CLIENT_READ_ONLY.has(k)) out[k] = s;
  }
  return out;
}

export function getClient(account: AccountData, id: number): Rec {
  const rec = account.clients.get(id);
  if (!rec) throw notFound('Client');
  return rec;
}

export function listClients(account: AccountData, q: Query): Rec[] {
  const match = textFilter(q);
  const needsNumber = param(q, 'client_number') !== undefined;
  const all = [...account.clients.values()];
  const withNumber = needsNumber ? all.map((r) => ({ ...r, client_number: clientNumber(r) })) : all;
  return sortRecords(withNumber.filter(match), param(q, 'order_by'));
}

export function createClient(account: AccountData, input: unknown, nowMs: number): Rec {
  if (!input || typeof input !== 'object') throw invalid('Missing root element: client');
  const quota = account.config.clientQuota;
  if (quota >= 0 && account.clients.size >= quota) throw new ApiFailure(403, ['insufficient capacity']);
  const id = nextId(account);
  account.counters.clientNumber += 1;
  const now = berlinDateTime(nowMs);
  const rec: Rec = {
    id: String(id),
    created: now,
    updated: now,
    number: String(account.counters.clientNumber),
  };
  Object.assign(rec, writableFields(input as Record<string, unknown>));
  account.clients.set(id, rec);
  return rec;
}

export function updateClient(account: AccountData, id: number, input: unknown, nowMs: number): Rec {
  const rec = getClient(account, id);
  if (!input || typeof input !== 'object') throw invalid('Missing root element: client');
  Object.assign(rec, writableFields(input as Record<string, unknown>));
  rec.updated = bumpTimestamp(rec.updated, nowMs);
  return rec;
}

export function deleteClient(account: AccountData, id: number): void {
  getClient(account, id);
  for (const inv of account.invoices.values()) {
    if (inv.fields.client_id === String(id))
      throw invalid('Client cannot be deleted because there are documents assigned.');
  }
  account.clients.delete(id);
}
