import { prng, seedClient } from '../seed/german-clients';
import { berlinDateTime } from '../wire/time';
import { seedSettings, seedTaxes, seedTemplates, seedUnits } from './lookups';
import type { AccountConfig, AccountData, Rec, ResolvedAccountConfig } from './types';

export const FIRST_CLIENT_ID = 3_527_529;

export function resolveConfig(c: AccountConfig): ResolvedAccountConfig {
  return {
    billomatId: c.billomatId,
    apiKey: c.apiKey,
    accountName: c.accountName ?? `${c.billomatId} GmbH`,
    plan: c.plan ?? 'BUSINESS',
    rateLimit: { quota: c.rateLimit?.quota ?? 300, windowMs: c.rateLimit?.windowMs ?? 15 * 60_000 },
    echoCustomfieldOnCreate: c.echoCustomfieldOnCreate ?? true,
    totalsRounding: c.totalsRounding ?? 'per-item',
    documentQuota: c.documentQuota ?? -1,
    clientQuota: c.clientQuota ?? -1,
  };
}

export function createAccount(c: AccountConfig, nowMs: number): AccountData {
  const count = Math.min(Math.max(c.clientCount ?? 40, 0), 100_000);
  const rand = prng(c.seed ?? hash(c.billomatId));
  const clients = new Map<number, Rec>();
  for (let i = 0; i < count; i++) clients.set(FIRST_CLIENT_ID + i, seedClient(rand, i, FIRST_CLIENT_ID + i));
  const created = berlinDateTime(nowMs);
  return {
    config: resolveConfig(c),
    counters: { id: FIRST_CLIENT_ID + count, clientNumber: count, invoiceNumber: 0 },
    clients,
    invoices: new Map(),
    items: new Map(),
    payments: new Map(),
    taxes: seedTaxes(created),
    templates: seedTemplates(created),
    units: seedUnits(created),
    settings: seedSettings(created),
    created,
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export function nextId(account: AccountData): number {
  account.counters.id += 1;
  return account.counters.id;
}
