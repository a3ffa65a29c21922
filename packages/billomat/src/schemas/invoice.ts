import { z } from 'zod';
import { wCents, wId, wOptDate, wOptDecimal, wOptInt, wOptText, wText } from '../wire/scalars';
import { collection } from './collection';

export const INVOICE_STATUSES = ['DRAFT', 'OPEN', 'OVERDUE', 'PAID', 'CANCELED'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const InvoiceTaxSchema = z
  .object({
    name: wText,
    rate: wOptDecimal,
    amount: wCents,
    amount_plain: wOptDecimal,
    amount_net: wCents,
    amount_gross: wCents,
  })
  .transform((t) => ({
    name: t.name,
    rate: t.rate ?? '0',
    amountCents: t.amount,
    amountPlain: t.amount_plain,
    netCents: t.amount_net,
    grossCents: t.amount_gross,
  }));

export type InvoiceTax = z.output<typeof InvoiceTaxSchema>;

export const InvoiceSchema = z
  .object({
    id: wId,
    created: wOptDate,
    updated: wOptDate,
    client_id: wOptInt,
    contact_id: wOptInt,
    invoice_number: wOptText,
    number: wOptInt,
    status: z.enum(INVOICE_STATUSES),
    title: wOptText,
    date: wOptDate,
    supply_date: wOptText,
    supply_date_type: wOptText,
    due_date: wOptDate,
    due_days: wOptInt,
    address: wOptText,
    label: wOptText,
    intro: wOptText,
    note: wOptText,
    total_net: wCents,
    total_gross: wCents,
    reduction: wOptText,
    total_reduction: wCents,
    total_net_unreduced: wCents,
    total_gross_unreduced: wCents,
    currency_code: wOptText,
    net_gross: wOptText,
    paid_amount: wCents,
    open_amount: wCents,
    taxes: collection('tax', InvoiceTaxSchema),
    template_id: wOptInt,
    customfield: wOptText,
  })
  .transform((i) => ({
    id: i.id,
    created: i.created,
    updated: i.updated,
    clientId: i.client_id,
    contactId: i.contact_id,
    // In DRAFT this is only provisional (`number` is still empty); final after completion.
    invoiceNumber: i.invoice_number,
    number: i.number,
    isDraft: i.status === 'DRAFT',
    status: i.status,
    title: i.title,
    date: i.date,
    supplyDate: i.supply_date,
    supplyDateType: i.supply_date_type,
    dueDate: i.due_date,
    dueDays: i.due_days,
    address: i.address,
    label: i.label,
    intro: i.intro,
    note: i.note,
    totalNetCents: i.total_net,
    totalGrossCents: i.total_gross,
    reduction: i.reduction,
    totalReductionCents: i.total_reduction,
    totalNetUnreducedCents: i.total_net_unreduced,
    totalGrossUnreducedCents: i.total_gross_unreduced,
    currencyCode: i.currency_code,
    netGross: i.net_gross,
    paidAmountCents: i.paid_amount,
    openAmountCents: i.open_amount,
    taxes: i.taxes,
    templateId: i.template_id,
    customfield: i.customfield,
  }));

export type Invoice = z.output<typeof InvoiceSchema>;

export const InvoiceItemSchema = z
  .object({
    id: wId,
    invoice_id: wOptInt,
    position: wOptInt,
    unit: wOptText,
    quantity: wOptDecimal,
    unit_price: wOptDecimal,
    tax_name: wOptText,
    tax_rate: wOptDecimal,
    title: wOptText,
    description: wOptText,
    reduction: wOptText,
    type: wOptText,
    total_net: wCents,
    total_gross: wCents,
    total_net_unreduced: wCents,
    total_gross_unreduced: wCents,
  })
  .transform((t) => ({
    id: t.id,
    invoiceId: t.invoice_id,
    position: t.position,
    unit: t.unit,
    quantity: t.quantity ?? '0',
    unitPrice: t.unit_price ?? '0',
    taxName: t.tax_name,
    taxRate: t.tax_rate,
    title: t.title,
    description: t.description,
    reduction: t.reduction,
    type: t.type,
    totalNetCents: t.total_net,
    totalGrossCents: t.total_gross,
    totalNetUnreducedCents: t.total_net_unreduced,
    totalGrossUnreducedCents: t.total_gross_unreduced,
  }));

export type InvoiceItem = z.output<typeof InvoiceItemSchema>;

export const PdfSchema = z.object({
  id: wOptInt,
  invoice_id: wOptInt,
  filename: wText,
  mimetype: wText,
  filesize: wOptInt,
  base64file: z.string().min(1),
});
