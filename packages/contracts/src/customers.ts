import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';
import { OptionalText, RequiredText } from './fields';

export const CustomerSourceSchema = z.enum(['manual', 'billomat']);
export type CustomerSource = z.infer<typeof CustomerSourceSchema>;

export const CustomerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  number: z.string(),
  address: z.string(),
  /** The place of the address (the text after the postal code); '' when the address has none. */
  city: z.string(),
  email: z.string(),
  vatId: z.string(),
  source: CustomerSourceSchema,
  /** billomat mirror (read-only in PlainStaff); null for manual customers. */
  billomatClientId: z.number().int().nullable(),
  billomatClientNumber: z.string().nullable(),
  /** The billomat account (billomat ID) the link belongs to; null for manual customers. */
  billomatAccount: z.string().nullable(),
  /**
   * Linked to a billomat account other than the connected one ("anderes billomat-Konto"): an export
   * is blocked until the customers of the connected account are imported.
   */
  otherAccount: z.boolean(),
  taxRule: z.string().nullable(),
  currencyCode: z.string().nullable(),
  archived: z.boolean(),
  /** The client no longer exists in billomat ("nicht mehr in billomat"); kept because projects refer to it. */
  missingInBillomat: z.boolean(),
  billomatUpdatedAt: z.string().nullable(),
  projectCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof CustomerSchema>;

/** Manual customers only; billomat customers are changed in billomat and re-imported. */
export const CustomerInputSchema = z.object({
  name: RequiredText(200, 'FIELD_NAME_REQUIRED'),
  number: OptionalText(40),
  address: OptionalText(1000),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((v) => v === '' || z.email().safeParse(v).success, {
      error: messageToken('FIELD_EMAIL_INVALID'),
    })
    .default(''),
  vatId: OptionalText(40),
});
export type CustomerInput = z.infer<typeof CustomerInputSchema>;

/** Searches match word prefixes of name, customer number, city and e-mail ("mül" finds "Müller"). */
export const CustomerListQuerySchema = z.object({
  search: z.string().trim().max(200).optional(),
  source: CustomerSourceSchema.optional(),
  includeArchived: z.enum(['0', '1']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type CustomerListQuery = z.infer<typeof CustomerListQuerySchema>;

export const CustomerListSchema = z.object({
  items: z.array(CustomerSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CustomerList = z.infer<typeof CustomerListSchema>;

/** The most answers a customer search gives; the user narrows the search for more. */
export const CUSTOMER_SEARCH_LIMIT = 50;

/** The "Kunde" field's search (GET /api/customers/search); without `q`, active customers by name. */
export const CustomerSearchQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
});
export type CustomerSearchQuery = z.infer<typeof CustomerSearchQuerySchema>;

/** What the picker shows of a customer: enough to tell two "Müller GmbH" apart, and the badges. */
export const CustomerOptionSchema = CustomerSchema.pick({
  id: true,
  name: true,
  number: true,
  city: true,
  source: true,
  archived: true,
  missingInBillomat: true,
  otherAccount: true,
});
export type CustomerOption = z.infer<typeof CustomerOptionSchema>;

/** Active customers first, then archived ones, each by name; `more`: the limit cut the answer. */
export const CustomerSearchResultSchema = z.object({
  items: z.array(CustomerOptionSchema),
  more: z.boolean(),
});
export type CustomerSearchResult = z.infer<typeof CustomerSearchResultSchema>;
