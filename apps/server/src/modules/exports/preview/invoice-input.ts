import type { BillomatInvoiceFields } from '@plainstaff/billing';
import type { CreateInvoiceInput } from '@plainstaff/billomat';
import type { ExportProfile } from '@plainstaff/contracts/exports';

/** What an export row keeps so that a retry re-sends exactly the invoice of the first attempt. */
export interface StoredExportOptions {
  profile: ExportProfile;
  markAsBilled: boolean;
  complete: boolean;
  templateId: number | null;
  /** The invoice without its customfield (the reference is added per attempt). */
  invoice: CreateInvoiceInput;
}

/** packages/billing's wire fields as the client's input (one POST with nested items). */
export function toCreateInvoiceInput(
  f: BillomatInvoiceFields,
  templateId: number | null,
): CreateInvoiceInput {
  return {
    clientId: f.client_id,
    date: f.date,
    currencyCode: f.currency_code,
    netGross: f.net_gross,
    supplyDateType: f.supply_date_type,
    supplyDate: f.supply_date,
    label: f.label,
    ...(f.intro ? { intro: f.intro } : {}),
    ...(templateId !== null ? { templateId } : {}),
    items: f['invoice-items']['invoice-item'].map((i) => ({
      title: i.title,
      description: i.description,
      unit: i.unit,
      quantity: i.quantity,
      unitPrice: i.unit_price,
      taxName: i.tax_name,
      taxRate: i.tax_rate,
      type: i.type,
    })),
  };
}
