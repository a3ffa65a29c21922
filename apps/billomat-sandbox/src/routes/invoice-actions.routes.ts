import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { wireString } from '../state/clients';
import { invalid } from '../state/api-failure';
import { getInvoice, touch } from '../invoices/invoices';
import {
  cancelInvoice,
  completeInvoice,
  deleteInvoice,
  invoicePdf,
  uncancelInvoice,
} from '../invoices/lifecycle';
import { sendWire } from '../http/respond';
import { accountOf, idParam, queryOf, rootOf } from './shared';
import type { RouteDeps } from './shared';

export function invoiceActionRoutes(app: FastifyInstance, { state }: RouteDeps) {
  const mutate = (fn: (req: FastifyRequest) => void) => (req: FastifyRequest, reply: FastifyReply) => {
    fn(req);
    state.changed();
    // complete/cancel/delete answer 200 with an empty body.
    return sendWire(req, reply, 200, null);
  };

  app.put(
    '/api/invoices/:id/complete',
    mutate((req) => completeInvoice(accountOf(req), idParam(req), rootOf(req, 'complete'), state.now())),
  );
  app.put(
    '/api/invoices/:id/cancel',
    mutate((req) => cancelInvoice(accountOf(req), idParam(req), state.now())),
  );
  app.put(
    '/api/invoices/:id/uncancel',
    mutate((req) => uncancelInvoice(accountOf(req), idParam(req), state.now())),
  );
  app.delete(
    '/api/invoices/:id',
    mutate((req) => deleteInvoice(accountOf(req), idParam(req))),
  );

  app.get('/api/invoices/:id/customfield', (req, reply) => {
    const f = getInvoice(accountOf(req), idParam(req)).fields;
    return sendWire(req, reply, 200, { invoice: { id: f.id ?? '', customfield: f.customfield ?? '' } });
  });
  app.put('/api/invoices/:id/customfield', (req, reply) => {
    const root = rootOf(req, 'invoice') as { customfield?: unknown } | undefined;
    if (!root) throw invalid('Missing root element: invoice');
    const inv = getInvoice(accountOf(req), idParam(req));
    inv.fields.customfield = wireString(root.customfield) ?? '';
    touch(inv, state.now());
    state.changed();
    return sendWire(req, reply, 200, {
      invoice: { id: inv.fields.id ?? '', customfield: inv.fields.customfield },
    });
  });
  app.get('/api/invoices/:id/pdf', (req, reply) => {
    const account = accountOf(req);
    const { filename, bytes } = invoicePdf(account, idParam(req));
    if (queryOf(req).format === 'pdf') return reply.type('application/pdf').send(bytes);
    const f = getInvoice(account, idParam(req)).fields;
    const pdf = {
      id: f.id ?? '',
      created: f.updated ?? '',
      invoice_id: f.id ?? '',
      filename,
      mimetype: 'application/pdf',
      filesize: String(bytes.length),
      base64file: bytes.toString('base64'),
    };
    return sendWire(req, reply, 200, { pdf });
  });
}
