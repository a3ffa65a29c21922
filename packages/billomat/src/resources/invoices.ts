import { InvoiceItemSchema, InvoiceSchema, PdfSchema } from '../schemas/invoice';
import type { Invoice, InvoiceItem, InvoiceStatus } from '../schemas/invoice';
import { getOne, getPage, pagesOf } from '../http/decode';
import type { Page } from '../http/decode';
import type { Transport } from '../http/transport';
import { invoiceBody } from './invoice-input';
import type { CreateInvoiceInput } from './invoice-input';

export interface InvoiceFilters {
  clientId?: number | number[];
  status?: InvoiceStatus | InvoiceStatus[];
  invoiceNumber?: string;
  /** Substring search in billomat: compare the result for equality. */
  customfield?: string;
  label?: string;
  from?: string;
  to?: string;
  orderBy?: string;
}

const csv = <T>(v: T | T[] | undefined) =>
  Array.isArray(v) ? v.join(',') : v === undefined ? undefined : String(v);

function query(f: InvoiceFilters, page: number, perPage: number) {
  return {
    client_id: csv(f.clientId),
    status: csv(f.status),
    invoice_number: f.invoiceNumber,
    customfield: f.customfield,
    label: f.label,
    from: f.from,
    to: f.to,
    order_by: f.orderBy,
    page,
    per_page: perPage,
  };
}

export interface InvoicePdf {
  filename: string;
  mimetype: string;
  bytes: Uint8Array;
}

export function invoicesApi(t: Transport) {
  const list = (filters: InvoiceFilters = {}, page = 1, perPage = 100): Promise<Page<Invoice>> =>
    getPage(
      t,
      { method: 'GET', path: '/invoices', query: query(filters, page, perPage) },
      ['invoices', 'invoice'],
      InvoiceSchema,
    );
  const path = (id: number, action = '') => `/invoices/${id}${action}`;
  return {
    list,
    pages: (filters: InvoiceFilters = {}) => pagesOf((page) => list(filters, page, 1000)),
    async listAll(filters: InvoiceFilters = {}): Promise<Invoice[]> {
      const all: Invoice[] = [];
      for await (const p of pagesOf((page) => list(filters, page, 1000))) all.push(...p.items);
      return all;
    },
    get: (id: number): Promise<Invoice> =>
      getOne(t, { method: 'GET', path: path(id) }, 'invoice', InvoiceSchema),
    /** One POST with nested items. Never retried after an unclear outcome (see BillomatError.outcomeUnknown). */
    create: (input: CreateInvoiceInput): Promise<Invoice> =>
      getOne(t, { method: 'POST', path: '/invoices', body: invoiceBody(input) }, 'invoice', InvoiceSchema),
    /** Items are not part of the invoice answer; billomat lists them per invoice. */
    items: async (invoiceId: number): Promise<InvoiceItem[]> => {
      const spec = {
        method: 'GET' as const,
        path: '/invoice-items',
        query: { invoice_id: invoiceId, per_page: 1000 },
      };
      return (await getPage(t, spec, ['invoice-items', 'invoice-item'], InvoiceItemSchema)).items;
    },
    async setCustomfield(id: number, value: string): Promise<void> {
      await t.request({
        method: 'PUT',
        path: path(id, '/customfield'),
        body: { invoice: { customfield: value } },
      });
    },
    async complete(id: number, opts: { templateId?: number } = {}): Promise<void> {
      const complete = opts.templateId === undefined ? {} : { template_id: String(opts.templateId) };
      await t.request({ method: 'PUT', path: path(id, '/complete'), body: { complete } });
    },
    async cancel(id: number): Promise<void> {
      await t.request({ method: 'PUT', path: path(id, '/cancel') });
    },
    async delete(id: number): Promise<void> {
      await t.request({ method: 'DELETE', path: path(id) });
    },
    async pdf(id: number): Promise<InvoicePdf> {
      const pdf = await getOne(t, { method: 'GET', path: path(id, '/pdf') }, 'pdf', PdfSchema);
      return {
        filename: pdf.filename,
        mimetype: pdf.mimetype,
        bytes: new Uint8Array(Buffer.from(pdf.base64file, 'base64')),
      };
    },
  };
}
