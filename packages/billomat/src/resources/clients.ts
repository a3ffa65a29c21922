import { AccountSchema, ClientSchema } from '../schemas/client';
import type { Account, Client } from '../schemas/client';
import { getOne, getPage, pagesOf } from '../http/decode';
import type { Page } from '../http/decode';
import type { Transport } from '../http/transport';

export interface ClientFilters {
  name?: string;
  clientNumber?: string;
  email?: string;
  customfield?: string;
  orderBy?: string;
}

const MAX_PER_PAGE = 1000;

function query(f: ClientFilters, page: number, perPage: number) {
  return {
    name: f.name,
    client_number: f.clientNumber,
    email: f.email,
    customfield: f.customfield,
    order_by: f.orderBy,
    page,
    per_page: perPage,
  };
}

export function clientsApi(t: Transport) {
  const list = (filters: ClientFilters = {}, page = 1, perPage = 100): Promise<Page<Client>> =>
    getPage(
      t,
      { method: 'GET', path: '/clients', query: query(filters, page, perPage) },
      ['clients', 'client'],
      ClientSchema,
    );
  return {
    list,
    /** Pages of 1,000 (billomat's maximum): 10,000 clients cost 10 requests; commit page by page. */
    pages: (filters: ClientFilters = {}) => pagesOf((page) => list(filters, page, MAX_PER_PAGE)),
    async listAll(filters: ClientFilters = {}): Promise<Client[]> {
      const all: Client[] = [];
      for await (const p of pagesOf((page) => list(filters, page, MAX_PER_PAGE))) all.push(...p.items);
      return all;
    },
    get: (id: number): Promise<Client> =>
      getOne(t, { method: 'GET', path: `/clients/${id}` }, 'client', ClientSchema),
    /** Connection test: the account's own data; a 404 means the billomat ID does not exist. */
    myself: (): Promise<Account> =>
      getOne(t, { method: 'GET', path: '/clients/myself', accountLevel: true }, 'client', AccountSchema),
  };
}
