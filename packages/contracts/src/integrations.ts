import { z } from 'zod';
import './zod-german';
import { BasisPointsField } from './fields';
import { CodedMessageSchema, messageToken } from './messages';

/**
 * The billomat ID is the account's sub-domain (`{id}.billomat.net`). A pasted address
 * (`https://acme.billomat.net/app/…`, `acme.billomat.net`) is reduced to `acme`; anything else must
 * already be a bare DNS label. It ends up in the upstream host name, so nothing else gets through.
 */
export function normalizeBillomatId(input: string): string {
  const value = input.trim();
  const host = /^(?:https?:\/\/)?([^/?#\s]+)\.billomat\.net(?::\d+)?(?:[/?#].*)?$/i.exec(value)?.[1];
  return (host ?? value).toLowerCase();
}

export const BILLOMAT_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const BillomatIdField = z
  .string({ error: messageToken('FIELD_BILLOMAT_ID_REQUIRED') })
  .max(300, { error: messageToken('FIELD_BILLOMAT_ID_TOO_LONG') })
  .transform(normalizeBillomatId)
  .pipe(
    z
      .string()
      .min(1, { error: messageToken('FIELD_BILLOMAT_ID_REQUIRED') })
      .max(63, { error: messageToken('FIELD_BILLOMAT_ID_MAX', { maximum: 63 }) })
      .regex(BILLOMAT_ID_PATTERN, { error: messageToken('FIELD_BILLOMAT_ID_FORMAT') }),
  );

export const MAX_API_KEY_LENGTH = 200;

/** Write-only: an empty value means "keep the saved key". Printable ASCII only, no blanks. */
export const ApiKeyField = z
  .string()
  .max(MAX_API_KEY_LENGTH, {
    error: messageToken('FIELD_API_KEY_TOO_LONG', { maximum: MAX_API_KEY_LENGTH }),
  })
  .regex(/^[\x21-\x7E]*$/, { error: messageToken('FIELD_API_KEY_CHARS') })
  .default('');

const TemplateIdField = z.preprocess(
  (v) => (v === '' || v === undefined ? null : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v),
  z
    .number({ error: messageToken('FIELD_TEMPLATE') })
    .int()
    .positive()
    .nullable(),
);

/** The settings dialog and `PUT /api/integrations/billomat`. */
export const BillomatSettingsInputSchema = z.object({
  billomatId: BillomatIdField,
  apiKey: ApiKeyField,
  vatRate: BasisPointsField,
  printProjectDescription: z.boolean().default(false),
  completeInvoices: z.boolean().default(false),
  templateId: TemplateIdField.default(null),
  /**
   * Saving another billomat ID than the connected one switches the account: the dialog shows what
   * that means (GET …/account-switch) and sends `true` once the user confirmed it.
   */
  confirmAccountSwitch: z.boolean().default(false),
});
export type BillomatSettingsInput = z.output<typeof BillomatSettingsInputSchema>;
export type BillomatSettingsFormValues = z.input<typeof BillomatSettingsInputSchema>;

/** `POST /api/integrations/billomat/test`: the entered values, or (empty) the saved ones. */
export const BillomatConnectionTestInputSchema = z.object({
  billomatId: z.preprocess((v) => (v === '' ? undefined : v), BillomatIdField.optional()),
  apiKey: ApiKeyField,
});
export type BillomatConnectionTestInput = z.output<typeof BillomatConnectionTestInputSchema>;

export const BillomatSettingsSchema = z.object({
  connected: z.boolean(),
  billomatId: z.string().nullable(),
  /** `••••1a2b` — the key itself never leaves the server. */
  apiKeyMasked: z.string().nullable(),
  vatRateBp: z.number().int(),
  printProjectDescription: z.boolean(),
  completeInvoices: z.boolean(),
  templateId: z.number().int().nullable(),
  accountName: z.string().nullable(),
  connectedAt: z.string().nullable(),
  lastCheckAt: z.string().nullable(),
  /** The last connection check's failure. */
  lastError: CodedMessageSchema.nullable(),
});
export type BillomatSettings = z.infer<typeof BillomatSettingsSchema>;

export const BillomatAccountSwitchQuerySchema = z.object({ billomatId: BillomatIdField });

/** `GET /api/integrations/billomat/account-switch`: what switching away from the connected account means. */
export const BillomatAccountSwitchSchema = z.object({
  /** The connected account (billomat ID); null when none is connected (then nothing is switched). */
  from: z.string().nullable(),
  /** Customers linked to it: their exports are blocked until the new account's customers are imported. */
  linkedCustomers: z.number().int(),
  /** Exports whose outcome in it is unclear: reconciled first, or the switch is refused. */
  pendingExports: z.number().int(),
  /** Invoices created in it: their status is no longer updated, undo is not possible from here. */
  syncingInvoices: z.number().int(),
});
export type BillomatAccountSwitch = z.infer<typeof BillomatAccountSwitchSchema>;

export const BillomatConnectionTestResultSchema = z.object({
  ok: z.literal(true),
  accountName: z.string(),
});
export type BillomatConnectionTestResult = z.infer<typeof BillomatConnectionTestResultSchema>;

export const BillomatTemplateSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  isDefault: z.boolean(),
});
export const BillomatTemplateListSchema = z.object({ items: z.array(BillomatTemplateSchema) });
export type BillomatTemplate = z.infer<typeof BillomatTemplateSchema>;
export type BillomatTemplateList = z.infer<typeof BillomatTemplateListSchema>;

export const API_KEY_MASK = '••••';
export function maskApiKey(last4: string): string {
  return `${API_KEY_MASK}${last4}`;
}
