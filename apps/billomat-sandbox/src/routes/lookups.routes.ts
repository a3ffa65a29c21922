import type { FastifyInstance } from 'fastify';
import { containsFilter, inListFilter } from '../state/query';
import { sendWire } from '../http/respond';
import { accountOf, queryOf, sendList } from './shared';

const templateFilter = inListFilter(['type', 'template_type', 'is_default']);
const nameFilter = containsFilter(['name']);

export function lookupRoutes(app: FastifyInstance) {
  app.get('/api/taxes', (req, reply) =>
    sendList(req, reply, ['taxes', 'tax'], accountOf(req).taxes.filter(nameFilter(queryOf(req))), (r) => ({
      ...r,
    })),
  );
  app.get('/api/templates', (req, reply) => {
    const list = accountOf(req).templates.filter(templateFilter(queryOf(req)));
    return sendList(req, reply, ['templates', 'template'], list, (r) => ({ ...r }));
  });
  app.get('/api/units', (req, reply) =>
    sendList(req, reply, ['units', 'unit'], accountOf(req).units.filter(nameFilter(queryOf(req))), (r) => ({
      ...r,
    })),
  );
  app.get('/api/settings', (req, reply) =>
    sendWire(req, reply, 200, { settings: { ...accountOf(req).settings } }),
  );
}
