import { z } from 'zod';
import './zod-german';
import { OptionalText, RequiredText } from './fields';

export const CustomerSourceSchema = z.enum(['manual', 'billomat']);
export type CustomerSource = z.infer<typeof CustomerSourceSchema>;

export const CustomerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  number: z.string(),
  address: z.string(),
  email: z.string(),
  vatId: z.string(),
  source: CustomerSourceSchema,
  /** billomat mirror (read-only in PlainStaff); null for manual customers. */
  billomatClientId: z.number().int().nullable(),
  billomatClientNumber: z.string().nullable(),
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
  name: RequiredText(200, 'Bitte einen Namen angeben.'),
  number: OptionalText(40),
  address: OptionalText(1000),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((v) => v === '' || z.email().safeParse(v).success, {
      error: 'Bitte eine gültige E-Mail-Adresse eingeben.',
    })
    .default(''),
  vatId: OptionalText(40),
});
export type CustomerInput = z.infer<typeof CustomerInputSchema>;

export const CustomerListQuerySchema = z.object({
  search: z.string().trim().max(200).optional(),
  source: CustomerSourceSchema.optional(),
  includeArchived: z.enum(['0', '1']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(50),
});
export type CustomerListQuery = z.infer<typeof CustomerListQuerySchema>;

export const CustomerListSchema = z.object({
  items: z.array(CustomerSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CustomerList = z.infer<typeof CustomerListSchema>;
