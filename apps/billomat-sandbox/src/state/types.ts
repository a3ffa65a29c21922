/** Records keep billomat's field names and string values; only fields that differ from defaults are stored. */
export type Rec = Record<string, string>;

export interface RateLimitConfig {
  /** Requests per window (billomat: 300 without a registered app). */
  quota: number;
  /** Window length; windows are aligned to the clock like billomat's quarter hours. */
  windowMs: number;
}

export interface AccountConfig {
  billomatId: string;
  apiKey: string;
  accountName?: string;
  plan?: string;
  clientCount?: number;
  seed?: number;
  rateLimit?: Partial<RateLimitConfig>;
  /** billomat may or may not accept `customfield` in the invoice POST body; tests need both worlds. */
  echoCustomfieldOnCreate?: boolean;
  /** Documents allowed by the plan; -1 = unlimited. Exceeding it answers 403 "insufficient capacity". */
  documentQuota?: number;
  clientQuota?: number;
  /**
   * 'per-item' (billomat): item totals are rounded to the cent, then summed. 'per-invoice' is a
   * deliberately wrong variant (unrounded item totals summed, rounded once) for tests that prove the
   * product notices when billomat's totals differ from the preview.
   */
  totalsRounding?: 'per-item' | 'per-invoice';
}

export interface ResolvedAccountConfig {
  billomatId: string;
  apiKey: string;
  accountName: string;
  plan: string;
  rateLimit: RateLimitConfig;
  echoCustomfieldOnCreate: boolean;
  totalsRounding: 'per-item' | 'per-invoice';
  documentQuota: number;
  clientQuota: number;
}

export interface InvoiceRec {
  fields: Rec;
  /** Rendered `taxes.tax` entries, recomputed whenever items change. */
  taxes: Rec[];
}

export interface AccountData {
  config: ResolvedAccountConfig;
  counters: { id: number; clientNumber: number; invoiceNumber: number };
  clients: Map<number, Rec>;
  invoices: Map<number, InvoiceRec>;
  items: Map<number, Rec>;
  payments: Map<number, Rec>;
  taxes: Rec[];
  templates: Rec[];
  units: Rec[];
  settings: Rec;
  created: string;
}
