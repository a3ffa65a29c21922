import { hundredthsToDecimal } from '../wire/decimal';

/**
 * One invoice line in our units: integers only (hundredths of the unit, cents, basis points), so no
 * binary float ever reaches billomat. The wire's decimal strings are written by `invoiceBody` alone.
 */
export interface InvoiceItemInput {
  title: string;
  description?: string;
  unit?: string;
  /** Hundredths of the unit: 12.5 h = 1250. */
  quantityHundredths: number;
  /** Net price per unit in cents (our invoices are net: `net_gross` NET). */
  unitPriceCents: number;
  taxName?: string;
  /** Basis points: 19 % = 1900, 7.5 % = 750. */
  taxRateBp?: number;
  /** Absolute "10" or percent "10%" (billomat's own notation). */
  reduction?: string;
}

/** An invoice with every line nested, created in ONE request. */
export interface CreateInvoiceInput {
  clientId: number;
  contactId?: number;
  /** Invoice date `YYYY-MM-DD`; billomat may otherwise leave it empty on drafts. */
  date?: string;
  /** The service period as text, e.g. "01.06.2026 – 30.06.2026" (`supply_date_type` SUPPLY_TEXT). */
  servicePeriod?: string;
  dueDays?: number;
  title?: string;
  label?: string;
  intro?: string;
  note?: string;
  /** ISO 4217, e.g. "EUR". */
  currency?: string;
  reduction?: string;
  templateId?: number;
  /** billomat may ignore it on create; check the answer and set it via setCustomfield if needed. */
  customfield?: string;
  items: InvoiceItemInput[];
}

const clean = (o: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>;

const str = (v: number | undefined) => (v === undefined ? undefined : String(v));

function itemBody(item: InvoiceItemInput): Record<string, string> {
  return clean({
    title: item.title,
    description: item.description,
    unit: item.unit,
    quantity: hundredthsToDecimal(item.quantityHundredths, 'quantityHundredths'),
    unit_price: hundredthsToDecimal(item.unitPriceCents, 'unitPriceCents'),
    tax_name: item.taxName,
    tax_rate: item.taxRateBp === undefined ? undefined : hundredthsToDecimal(item.taxRateBp, 'taxRateBp'),
    // Without this flag billomat may replace an explicit rate by the default one.
    tax_changed_manually: item.taxRateBp === undefined ? undefined : '1',
    reduction: item.reduction,
    // Hours are services (billomat's default would be the account's article type).
    type: 'SERVICE',
  });
}

/**
 * THE mapping of an invoice to billomat's JSON: nested items travel as `invoice-items.invoice-item`
 * so the invoice is created in one request; every value is a string, decimals in invariant culture.
 */
export function invoiceBody(input: CreateInvoiceInput) {
  return {
    invoice: {
      ...clean({
        client_id: String(input.clientId),
        contact_id: str(input.contactId),
        date: input.date,
        supply_date: input.servicePeriod,
        supply_date_type: input.servicePeriod === undefined ? undefined : 'SUPPLY_TEXT',
        due_days: str(input.dueDays),
        title: input.title,
        label: input.label,
        intro: input.intro,
        note: input.note,
        currency_code: input.currency,
        net_gross: 'NET',
        reduction: input.reduction,
        template_id: str(input.templateId),
        customfield: input.customfield,
      }),
      'invoice-items': { 'invoice-item': input.items.map(itemBody) },
    },
  };
}
