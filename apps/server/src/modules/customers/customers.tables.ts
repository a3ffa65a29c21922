import type { ColumnType, Generated } from 'kysely';

declare module '../../db/database' {
  interface Database {
    customers: CustomersTable;
    customer_search_terms: CustomerSearchTermsTable;
  }
}

export interface CustomersTable {
  id: Generated<number>;
  name: string;
  number: string;
  address: string;
  email: string;
  vat_id: string;
  source: 'manual' | 'billomat';
  billomat_client_id: number | null;
  /** The billomat account (billomat ID) the link belongs to (migration 016); null when not linked. */
  billomat_account: ColumnType<string | null, string | null | undefined, string | null>;
  billomat_client_number: string | null;
  tax_rule: string | null;
  currency_code: string | null;
  archived: number;
  missing_in_billomat: number;
  billomat_updated_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The folded words a customer is found by (customers.search.ts); rewritten on every write. */
export interface CustomerSearchTermsTable {
  customer_id: number;
  term: string;
}
