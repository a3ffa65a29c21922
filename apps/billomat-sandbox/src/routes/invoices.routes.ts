import type { FastifyInstance } from 'fastify';
import { containsFilter, inListFilter, param, sortRecords } from '../state/query';
import type { Query } from '../state/query';
import { renderInvoice } from '../state/render';
import type { AccountData } from '../state/types';
import { createInvoice, getInvoice, updateInvoice } from '../invoices/invoices';
import { sendWire } from '../http/respond';
import { accountOf, idParam, queryOf, rootOf, sendList } from './shared';
import type { RouteDeps } from './shared';
import { invoiceActionRoutes } from './invoice-actions.routes';

const text = containsFilter(['invoice_number', 'label', 'intro', 'note', 'customfield']);
const exact = inListFilter(['client_id', 'contact_id', 'status', 'payment_types']);

function listInvoices(account: AccountData, q: Query) {
  const from = param(q, 'from');
  const to = param(q, 'to');
  const t = text(q);
  const e = exact(q);
  const found = [...account.invoices.values()]
    .map((i) => i.fields)
    .filter((f) => t(f) && e(f) && (!from || (f.date ?? '') >= from) && (!to || (f.date ?? '') <= to));
  return sortRecords(found, param(q, 'order_by'));
}

export function invoiceRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { state } = deps;
  app.get('/api/invoices', (req, reply) => {
    const account = accountOf(req);
    const render = (f: Record<string, string>) => renderInvoice(getInvoice(account, Number(f.id)));
    return sendList(req, reply, ['invoices', 'invoice'], listInvoices(account, queryOf(req)), render);
  });
  app.get('/api/invoices/:id', (req, reply) =>
    sendWire(req, reply, 200, { invoice: renderInvoice(getInvoice(accountOf(req), idParam(req))) }),
  );
  app.post('/api/invoices', (req, reply) => {
    const inv = createInvoice(accountOf(req), rootOf(req, 'invoice'), state.now());
    state.changed();
    return sendWire(req, reply, 201, { invoice: renderInvoice(inv) });
  });
  app.put('/api/invoices/:id', (req, reply) => {
    const inv = updateInvoice(accountOf(req), idParam(req), rootOf(req, 'invoice'), state.now());
    state.changed();
    return sendWire(req, reply, 200, { invoice: renderInvoice(inv) });
  });
  invoiceActionRoutes(app, deps);
}
