import type { FastifyInstance } from 'fastify';
import {
  createClient,
  deleteClient,
  getClient,
  listClients,
  updateClient,
  wireString,
} from '../state/clients';
import { renderClient } from '../state/render';
import { sendWire } from '../http/respond';
import { myself } from './myself';
import { accountOf, idParam, queryOf, rootOf, sendList } from './shared';
import type { RouteDeps } from './shared';

export function clientRoutes(app: FastifyInstance, { state }: RouteDeps) {
  app.get('/api/clients', (req, reply) =>
    sendList(req, reply, ['clients', 'client'], listClients(accountOf(req), queryOf(req)), renderClient),
  );
  app.get('/api/clients/myself', (req, reply) =>
    sendWire(req, reply, 200, { client: myself(accountOf(req)) }),
  );
  app.get('/api/clients/:id', (req, reply) =>
    sendWire(req, reply, 200, { client: renderClient(getClient(accountOf(req), idParam(req))) }),
  );
  app.post('/api/clients', (req, reply) => {
    const rec = createClient(accountOf(req), rootOf(req, 'client'), state.now());
    state.changed();
    return sendWire(req, reply, 201, { client: renderClient(rec) });
  });
  app.put('/api/clients/:id', (req, reply) => {
    const rec = updateClient(accountOf(req), idParam(req), rootOf(req, 'client'), state.now());
    state.changed();
    return sendWire(req, reply, 200, { client: renderClient(rec) });
  });
  app.delete('/api/clients/:id', (req, reply) => {
    deleteClient(accountOf(req), idParam(req));
    state.changed();
    return sendWire(req, reply, 200, null);
  });
  app.get('/api/clients/:id/customfield', (req, reply) => {
    const rec = getClient(accountOf(req), idParam(req));
    return sendWire(req, reply, 200, { client: { id: rec.id ?? '', customfield: rec.customfield ?? '' } });
  });
  app.put('/api/clients/:id/customfield', (req, reply) => {
    const value =
      wireString((rootOf(req, 'client') as { customfield?: unknown } | undefined)?.customfield) ?? '';
    const rec = updateClient(accountOf(req), idParam(req), { customfield: value }, state.now());
    state.changed();
    return sendWire(req, reply, 200, { client: { id: rec.id ?? '', customfield: rec.customfield ?? '' } });
  });
}
