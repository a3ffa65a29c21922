import { toWireDecimal } from '../wire/decimal';

export type DecimalInput = string | number;

export interface InvoiceItemInput {
  title: string;
  description?: string;
  unit?: string;
  /** Decimal string ("12.5") or number; sent as a string with "." decimals. */
  quantity: DecimalInput;
  /** Net or gross according to the invoice's `netGross`. */
  unitPrice: DecimalInput;
  taxName?: string;
  taxRate?: DecimalInput;
  /** Absolute "10" or percent "10%". */
  reduction?: string;
  type?: 'SERVICE' | 'PRODUCT';
}

export interface CreateInvoiceInput {
  clientId: number;
  contactId?: number;
  date?: string;
  supplyDate?: string;
  supplyDateType?: 'SUPPLY_DATE' | 'DELIVERY_DATE' | 'SUPPLY_TEXT' | 'DELIVERY_TEXT';
  dueDays?: number;
  title?: string;
  label?: string;
  intro?: string;
  note?: string;
  currencyCode?: string;
  netGross?: 'NET' | 'GROSS';
  reduction?: string;
  templateId?: number;
  /** billomat may ignore it on create; check the answer and set it via setCustomfield if needed. */
  customfield?: string;
  items: InvoiceItemInput[];
}

const clean = (o: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>;

function itemBody(item: InvoiceItemInput): Record<string, string> {
  return clean({
    title: item.title,
    description: item.description,
    unit: item.unit,
    quantity: toWireDecimal(item.quantity, 'quantity'),
    unit_price: toWireDecimal(item.unitPrice, 'unitPrice'),
    tax_name: item.taxName,
    tax_rate: item.taxRate === undefined ? undefined : toWireDecimal(item.taxRate, 'taxRate'),
    // Without this flag billomat may replace an explicit rate by the default one.
    tax_changed_manually: item.taxRate === undefined ? undefined : '1',
    reduction: item.reduction,
    type: item.type,
  });
}

/** Nested items travel as `invoice-items.invoice-item` so the invoice is created in one request. */
export function invoiceBody(input: CreateInvoiceInput) {
  const str = (v: number | undefined) => (v === undefined ? undefined : String(v));
  return {
    invoice: {
      ...clean({
        client_id: String(input.clientId),
        contact_id: str(input.contactId),
        date: input.date,
        supply_date: input.supplyDate,
        supply_date_type: input.supplyDateType,
        due_days: str(input.dueDays),
        title: input.title,
        label: input.label,
        intro: input.intro,
        note: input.note,
        currency_code: input.currencyCode,
        net_gross: input.netGross,
        reduction: input.reduction,
        template_id: str(input.templateId),
        customfield: input.customfield,
      }),
      'invoice-items': { 'invoice-item': input.items.map(itemBody) },
    },
  };
}
