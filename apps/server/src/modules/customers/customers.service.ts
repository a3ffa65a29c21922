import type { Kysely } from 'kysely';
import {
  CUSTOMER_SEARCH_LIMIT,
  type Customer,
  type CustomerInput,
  type CustomerList,
  type CustomerListQuery,
  type CustomerOption,
  type CustomerSearchQuery,
  type CustomerSearchResult,
} from '@plainstaff/contracts/customers';
import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { customersRepository, type CustomerOptionRow, type CustomerRow } from './customers.repository';
import { cityOf } from './customers.search';

/** Linked to an account, and that account is not the connected one. */
const otherAccount = (linkedTo: string | null, connected: string | null) =>
  linkedTo !== null && linkedTo !== connected;

export function toCustomer(row: CustomerRow, connected: string | null): Customer {
  return {
    id: row.id,
    name: row.name,
    number: row.number,
    address: row.address,
    city: cityOf(row.address),
    email: row.email,
    vatId: row.vat_id,
    source: row.source,
    billomatClientId: row.billomat_client_id,
    billomatClientNumber: row.billomat_client_number,
    billomatAccount: row.billomat_account,
    otherAccount: otherAccount(row.billomat_account, connected),
    taxRule: row.tax_rule,
    currencyCode: row.currency_code,
    archived: row.archived === 1,
    missingInBillomat: row.missing_in_billomat === 1,
    billomatUpdatedAt: row.billomat_updated_at,
    projectCount: Number(row.project_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toOption(row: CustomerOptionRow, connected: string | null): CustomerOption {
  return {
    id: row.id,
    name: row.name,
    number: row.number,
    city: cityOf(row.address),
    source: row.source,
    archived: row.archived === 1,
    missingInBillomat: row.missing_in_billomat === 1,
    otherAccount: otherAccount(row.billomat_account, connected),
  };
}

const inputColumns = (input: CustomerInput) => ({
  name: input.name,
  number: input.number,
  address: input.address,
  email: input.email,
  vat_id: input.vatId,
});

/** `connected`: the billomat ID of the saved connection (null when not connected). */
export function customersService(db: Kysely<Database>, connected: () => Promise<string | null>) {
  const repo = customersRepository(db);
  const view = async (row: CustomerRow) => toCustomer(row, await connected());

  async function existing(id: number): Promise<CustomerRow> {
    const row = await repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', { context: 'customer' });
    return row;
  }
  async function manual(id: number): Promise<CustomerRow> {
    const row = await existing(id);
    if (row.source === 'billomat') throw new AppError('CUSTOMER_READ_ONLY');
    return row;
  }

  return {
    async list(query: CustomerListQuery): Promise<CustomerList> {
      const { rows, total } = await repo.list(query);
      const account = await connected();
      return {
        items: rows.map((r) => toCustomer(r, account)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
    async search(query: CustomerSearchQuery): Promise<CustomerSearchResult> {
      const { rows, more } = await repo.options(query.q, CUSTOMER_SEARCH_LIMIT);
      const account = await connected();
      return { items: rows.map((r) => toOption(r, account)), more };
    },
    get: async (id: number) => view(await existing(id)),
    async create(input: CustomerInput): Promise<Customer> {
      const now = new Date().toISOString();
      const id = await repo.insert({
        ...inputColumns(input),
        source: 'manual',
        billomat_client_id: null,
        billomat_account: null,
        billomat_client_number: null,
        tax_rule: null,
        currency_code: null,
        archived: 0,
        missing_in_billomat: 0,
        billomat_updated_at: null,
        created_at: now,
        updated_at: now,
      });
      return view(await existing(id));
    },
    async update(id: number, input: CustomerInput): Promise<Customer> {
      await manual(id);
      await repo.update(id, { ...inputColumns(input), updated_at: new Date().toISOString() });
      return view(await existing(id));
    },
    async remove(id: number): Promise<void> {
      const row = await manual(id);
      if (Number(row.project_count) > 0) throw new AppError('CUSTOMER_IN_USE');
      await repo.delete(id);
    },
  };
}
