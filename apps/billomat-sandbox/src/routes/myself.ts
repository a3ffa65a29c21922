import type { AccountData } from '../state/types';
import { renderClient } from '../state/render';
import { nestedCollection } from '../wire/envelope';
import type { WireObject } from '../wire/envelope';

/** `clients/myself` is the account's own company, plus plan and quotas (-1 = unlimited). */
export function myself(account: AccountData): WireObject {
  const c = account.config;
  const base = renderClient({
    id: '1',
    created: account.created,
    updated: account.created,
    number: '0',
    name: c.accountName,
    street: 'Musterstraße 1',
    zip: '10115',
    city: 'Berlin',
    email: `buchhaltung@${c.billomatId}.example`,
  });
  const quota = (entity: string, available: number, used: number) => ({
    entity,
    available: String(available),
    used: String(used),
  });
  return {
    ...base,
    plan: c.plan,
    quotas: nestedCollection('quota', [
      quota('documents', c.documentQuota, account.invoices.size),
      quota('clients', c.clientQuota, account.clients.size),
      quota('stuffs', -1, 0),
    ]),
  };
}
