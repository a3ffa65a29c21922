import { basisPointsToDecimalString, centiHoursToDecimalString, centsToDecimalString } from './decimal';
import type { InvoicePreview } from './invoice';

export interface BillomatInvoiceItemFields {
  title: string;
  description: string;
  unit: 'Stunde';
  quantity: string;
  unit_price: string;
  tax_name: 'MwSt';
  tax_rate: string;
  type: 'SERVICE';
}

export interface BillomatInvoiceHeader {
  clientId: number;
  /** Invoice date `YYYY-MM-DD`; always sent, billomat may otherwise leave it empty on drafts. */
  invoiceDate: string;
  /** Project number and name. */
  label: string;
  /** Project description, only when the integration prints it. */
  intro?: string;
  /** Our export reference, the key of the exactly-once protocol. */
  customfield?: string;
}

export interface BillomatInvoiceFields {
  client_id: number;
  date: string;
  currency_code: string;
  net_gross: 'NET';
  supply_date_type: 'SUPPLY_TEXT';
  supply_date: string;
  label: string;
  intro?: string;
  customfield?: string;
  'invoice-items': { 'invoice-item': BillomatInvoiceItemFields[] };
}

/** The lines as billomat invoice items; quantity and price are the exact values the preview used. */
export function toBillomatInvoiceItems(preview: InvoicePreview): BillomatInvoiceItemFields[] {
  return preview.lines.map((line) => ({
    title: line.title,
    description: line.description,
    unit: line.unit,
    quantity: centiHoursToDecimalString(line.quantityCentiHours),
    unit_price: centsToDecimalString(line.unitPriceCents),
    tax_name: 'MwSt',
    tax_rate: basisPointsToDecimalString(line.taxRateBasisPoints),
    type: 'SERVICE',
  }));
}

/**
 * The fields of `POST /api/invoices` (the body's `invoice` object; wrapping and transport belong to
 * packages/billomat). Refuses an empty preview: an invoice without lines is never what the user meant.
 */
export function toBillomatInvoice(
  preview: InvoicePreview,
  header: BillomatInvoiceHeader,
): BillomatInvoiceFields {
  if (preview.lines.length === 0 || !preview.servicePeriod)
    throw new RangeError('the preview has no lines to invoice');
  return {
    client_id: header.clientId,
    date: header.invoiceDate,
    currency_code: preview.currency,
    net_gross: 'NET',
    supply_date_type: 'SUPPLY_TEXT',
    supply_date: preview.servicePeriod.text,
    label: header.label,
    ...(header.intro ? { intro: header.intro } : {}),
    ...(header.customfield ? { customfield: header.customfield } : {}),
    'invoice-items': { 'invoice-item': toBillomatInvoiceItems(preview) },
  };
}
