import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { ApiFailure } from './state/api-failure';
import type { SandboxState } from './state/sandbox-state';
import { accountGate } from './http/account-gate';
import { afterHandler, faultsBeforeHandler } from './http/fault-hooks';
import type { FaultRegistry } from './http/faults';
import type { RateLimiter } from './http/rate-limit';
import type { RequestLog } from './http/request-log';
import { sendError } from './http/respond';
import { clientRoutes } from './routes/clients.routes';
import { invoiceRoutes } from './routes/invoices.routes';
import { invoiceItemRoutes } from './routes/invoice-items.routes';
import { lookupRoutes } from './routes/lookups.routes';
import { controlRoutes } from './control/control.routes';
import type { SandboxControl } from './control/sandbox-control';

export interface AppDeps {
  state: SandboxState;
  limiter: RateLimiter;
  faults: FaultRegistry;
  log: RequestLog;
  control: SandboxControl;
  controlToken: string;
}

const CONTROL = '/__sandbox';

// `/{billomatId}/api/...` is rewritten to `/api/...` so one server can play many sub-domains.
function rewriteUrl(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const m = /^\/([^/?]+)(\/api(?:[/?].*)?)$/.exec(url);
  if (!m || m[1] === 'api' || `/${m[1]}` === CONTROL) return url;
  req.billomatIdFromPath = decodeURIComponent(m[1] ?? '').toLowerCase();
  return m[2] ?? url;
}

export function buildSandboxApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: false,
    forceCloseConnections: true,
    rewriteUrl,
    bodyLimit: 50 * 1024 * 1024,
  });
  app.decorateRequest('sandbox', null as never);
  app.removeContentTypeParser('application/json');
  // billomat tolerates an empty JSON body (e.g. PUT …/complete without template).
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (!text.trim()) return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new ApiFailure(400, ['Invalid JSON in request body']), undefined);
    }
  });
  const gate = accountGate(deps);
  const isApi = (url: string) => !url.startsWith(CONTROL);
  app.addHook('onRequest', async (req, reply) => (isApi(req.url) ? gate(req, reply) : undefined));
  app.addHook('preHandler', async (req, reply) =>
    isApi(req.url) ? faultsBeforeHandler(req, reply) : undefined,
  );
  app.addHook('onSend', async (req, reply, payload) =>
    isApi(req.url) ? afterHandler(req, reply, payload) : payload,
  );
  app.setErrorHandler((error: FastifyError | ApiFailure, req, reply) => {
    const status = error instanceof ApiFailure ? error.status : (error.statusCode ?? 500);
    const messages =
      error instanceof ApiFailure
        ? error.messages
        : [status >= 500 ? 'Internal Server Error' : error.message];
    if (!isApi(req.url)) return reply.code(status).send({ error: messages.join('; ') });
    return sendError(req, reply, status, messages);
  });
  app.setNotFoundHandler((req, reply) =>
    isApi(req.url) ? sendError(req, reply, 404, 'Not found') : reply.code(404).send({ error: 'Not found' }),
  );
  const routeDeps = { state: deps.state };
  clientRoutes(app, routeDeps);
  invoiceRoutes(app, routeDeps);
  invoiceItemRoutes(app, routeDeps);
  lookupRoutes(app);
  app.register(
    controlRoutes({ control: deps.control, faults: deps.faults, log: deps.log, token: deps.controlToken }),
    {
      prefix: CONTROL,
    },
  );
  return app;
}
