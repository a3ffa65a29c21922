import type { InvoicePreview } from './invoice';

/** One invoice line in neutral units; what billomat is sent is decided in packages/billomat. */
export interface InvoiceDocumentItem {
  title: string;
  description: string;
  unit: 'Stunde';
  /** Billed hours in hundredths (the line's quantity, exactly as the preview computed it). */
  quantityHundredths: number;
  /** Net hourly rate in cents. */
  unitPriceCents: number;
  taxName: 'MwSt';
  /** Basis points, 1900 = 19 %. */
  taxRateBp: number;
}

/** The invoice an export creates: integers and texts only, no transport format. */
export interface InvoiceDocument {
  clientId: number;
  /** Invoice date `YYYY-MM-DD`; always set, billomat may otherwise leave it empty on drafts. */
  date: string;
  currency: string;
  /** First to last billed booking, e.g. "01.06.2026 – 30.06.2026". */
  servicePeriod: string;
  /** Project number and name. */
  label: string;
  /** Project description, only when the integration prints it. */
  intro?: string;
  items: InvoiceDocumentItem[];
}

export interface InvoiceDocumentHeader {
  clientId: number;
  invoiceDate: string;
  label: string;
  intro?: string;
}

/**
 * The previewed invoice as a document: every line with the exact quantity, price and rate the preview
 * used. Refuses an empty preview: an invoice without lines is never what the user meant.
 */
export function toInvoiceDocument(preview: InvoicePreview, header: InvoiceDocumentHeader): InvoiceDocument {
  if (preview.lines.length === 0 || !preview.servicePeriod)
    throw new RangeError('the preview has no lines to invoice');
  return {
    clientId: header.clientId,
    date: header.invoiceDate,
    currency: preview.currency,
    servicePeriod: preview.servicePeriod.text,
    label: header.label,
    ...(header.intro ? { intro: header.intro } : {}),
    items: preview.lines.map((line) => ({
      title: line.title,
      description: line.description,
      unit: line.unit,
      quantityHundredths: line.quantityCentiHours,
      unitPriceCents: line.unitPriceCents,
      taxName: 'MwSt',
      taxRateBp: line.taxRateBasisPoints,
    })),
  };
}
