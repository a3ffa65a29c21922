import type { FastifyInstance } from 'fastify';
import { invalid, notFound } from '../state/api-failure';
import { param } from '../state/query';
import { renderItem } from '../state/render';
import { addItemToInvoice, getInvoice, recompute, touch } from '../invoices/invoices';
import { addPayment } from '../invoices/lifecycle';
import { sendWire } from '../http/respond';
import { accountOf, idParam, queryOf, rootOf, sendList } from './shared';
import type { RouteDeps } from './shared';

export function invoiceItemRoutes(app: FastifyInstance, { state }: RouteDeps) {
  // invoice_id is mandatory: billomat lists items only per invoice (comma lists allowed).
  app.get('/api/invoice-items', (req, reply) => {
    const ids = param(queryOf(req), 'invoice_id');
    if (!ids) throw invalid('invoice_id is missing');
    const wanted = new Set(ids.split(','));
    const items = [...accountOf(req).items.values()].filter((i) => wanted.has(i.invoice_id ?? ''));
    return sendList(req, reply, ['invoice-items', 'invoice-item'], items, renderItem);
  });
  app.get('/api/invoice-items/:id', (req, reply) => {
    const item = accountOf(req).items.get(idParam(req));
    if (!item) throw notFound('Invoice item');
    return sendWire(req, reply, 200, { 'invoice-item': renderItem(item) });
  });
  app.post('/api/invoice-items', (req, reply) => {
    const item = addItemToInvoice(accountOf(req), rootOf(req, 'invoice-item'), state.now());
    state.changed();
    return sendWire(req, reply, 201, { 'invoice-item': renderItem(item) });
  });
  app.delete('/api/invoice-items/:id', (req, reply) => {
    const account = accountOf(req);
    const item = account.items.get(idParam(req));
    if (!item) throw notFound('Invoice item');
    const inv = getInvoice(account, Number(item.invoice_id));
    if (inv.fields.status !== 'DRAFT')
      throw invalid('Items can only be deleted from invoices in status DRAFT.');
    account.items.delete(idParam(req));
    recompute(account, inv);
    touch(inv, state.now());
    state.changed();
    return sendWire(req, reply, 200, null);
  });
  app.get('/api/invoice-payments', (req, reply) => {
    const id = param(queryOf(req), 'invoice_id');
    const list = [...accountOf(req).payments.values()].filter((p) => !id || p.invoice_id === id);
    return sendList(req, reply, ['invoice-payments', 'invoice-payment'], list, (p) => ({ ...p }));
  });
  app.post('/api/invoice-payments', (req, reply) => {
    const payment = addPayment(accountOf(req), rootOf(req, 'invoice-payment'), state.now());
    state.changed();
    return sendWire(req, reply, 201, { 'invoice-payment': { ...payment } });
  });
}
