import type { Client } from '@plainstaff/billomat';
import type { CustomersTable } from '../customers/customers.tables';

/** The customer columns mirrored from a billomat client (everything the import may write). */
export type MirroredFields = Pick<
  CustomersTable,
  | 'name'
  | 'number'
  | 'address'
  | 'email'
  | 'vat_id'
  | 'billomat_client_number'
  | 'tax_rule'
  | 'currency_code'
  | 'archived'
  | 'missing_in_billomat'
  | 'billomat_updated_at'
>;

export const MIRRORED_COLUMNS = [
  'name',
  'number',
  'address',
  'email',
  'vat_id',
  'billomat_client_number',
  'tax_rule',
  'currency_code',
  'archived',
  'missing_in_billomat',
  'billomat_updated_at',
] as const satisfies readonly (keyof MirroredFields)[];

const clean = (v: string | null | undefined) => (v ?? '').trim();

/** Company name, or first + last name for a person; never empty (the column is NOT NULL). */
export function displayName(c: Client): string {
  const company = clean(c.name);
  if (company) return company;
  const person = [clean(c.firstName), clean(c.lastName)].filter(Boolean).join(' ');
  return person || `billomat-Kunde ${clean(c.clientNumber) || c.id}`;
}

// billomat's own `address` also repeats name and contact person; ours holds the postal lines only.
function address(c: Client): string {
  const country = clean(c.countryCode).toUpperCase();
  return [
    clean(c.street),
    [clean(c.zip), clean(c.city)].filter(Boolean).join(' '),
    clean(c.state),
    country && country !== 'DE' ? country : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function mirroredFields(c: Client): MirroredFields {
  const number = clean(c.clientNumber);
  return {
    name: displayName(c),
    number,
    address: address(c),
    email: clean(c.email),
    vat_id: clean(c.vatNumber),
    billomat_client_number: number,
    tax_rule: clean(c.taxRule) || null,
    currency_code: clean(c.currencyCode).toUpperCase() || null,
    archived: c.archived ? 1 : 0,
    missing_in_billomat: 0,
    billomat_updated_at: c.updated ?? null,
  };
}

/** The columns that differ; empty means the client is unchanged and nothing is written. */
export function changedFields(
  current: Partial<Record<keyof MirroredFields, unknown>>,
  next: MirroredFields,
): Partial<MirroredFields> {
  const patch: Partial<MirroredFields> = {};
  for (const col of MIRRORED_COLUMNS) {
    // PostgreSQL returns integers as numbers and text as text; normalise only null vs value.
    const a = current[col] ?? null;
    const b = next[col] ?? null;
    if (a === b || (a !== null && b !== null && String(a) === String(b))) continue;
    (patch as Record<string, unknown>)[col] = next[col];
  }
  return patch;
}

/** For matching a manual customer to a client: case, spacing and punctuation do not count. */
export function normalName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function normalNumber(number: string | null | undefined): string {
  return clean(number).toLowerCase();
}
