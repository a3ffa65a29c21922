import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FaultRegistry, FaultSpec } from '../http/faults';
import type { RequestLog } from '../http/request-log';
import type { AccountConfig } from '../state/types';
import type { AccountPatch, SandboxControl } from './sandbox-control';

export interface ControlDeps {
  control: SandboxControl;
  faults: FaultRegistry;
  log: RequestLog;
  token: string;
}

function tokenOk(request: FastifyRequest, token: string): boolean {
  const header = request.headers['x-sandbox-token'];
  const auth = request.headers.authorization?.replace(/^Bearer\s+/i, '');
  const given = Buffer.from(typeof header === 'string' ? header : (auth ?? ''));
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

type P = { id: string; cid: string; iid: string; fid: string };

/** Test-only control API under /__sandbox (never under /api), guarded by the control token. */
export function controlRoutes(deps: ControlDeps) {
  return async (app: FastifyInstance) => {
    const { control, faults, log } = deps;
    app.addHook('onRequest', async (req, reply) => {
      if (!tokenOk(req, deps.token)) return reply.code(401).send({ error: 'control token required' });
    });
    app.get('/accounts', async () => control.accounts());
    app.post('/accounts', async (req, reply) => {
      control.addAccount(req.body as AccountConfig);
      return reply.code(201).send({ ok: true });
    });
    app.patch<{ Params: P }>('/accounts/:id', async (req) => {
      control.patchAccount(req.params.id, req.body as AccountPatch);
      return { ok: true };
    });
    app.post<{ Params: P }>('/accounts/:id/clients', async (req) =>
      control.addClient(req.params.id, req.body as Record<string, unknown>),
    );
    app.get<{ Params: P }>('/accounts/:id/clients/:cid', async (req) =>
      control.client(req.params.id, Number(req.params.cid)),
    );
    app.patch<{ Params: P }>('/accounts/:id/clients/:cid', async (req) =>
      control.updateClient(req.params.id, Number(req.params.cid), req.body as Record<string, unknown>),
    );
    app.get<{ Params: P }>('/accounts/:id/invoices', async (req) => control.invoices(req.params.id));
    app.get<{ Params: P }>('/accounts/:id/invoices/:iid', async (req) =>
      control.invoice(req.params.id, Number(req.params.iid)),
    );
    app.put<{ Params: P }>('/accounts/:id/invoices/:iid/status', async (req) =>
      control.setInvoiceStatus(
        req.params.id,
        Number(req.params.iid),
        (req.body as { status: string }).status,
      ),
    );
    app.post('/rate-limits/reset', async (req) => {
      control.resetRateLimits((req.body as { account?: string } | undefined)?.account);
      return { ok: true };
    });
    app.get('/log', async (req) => {
      const q = req.query as Record<string, string | undefined>;
      const sinceSeq = q.sinceSeq === undefined ? undefined : Number(q.sinceSeq);
      return log.list({ account: q.account, method: q.method, path: q.path, sinceSeq });
    });
    app.delete('/log', async () => {
      log.clear();
      return { ok: true };
    });
    app.get('/faults', async () => faults.list());
    app.post('/faults', async (req, reply) => reply.code(201).send(faults.add(req.body as FaultSpec)));
    app.delete('/faults', async () => {
      faults.clear();
      return { ok: true };
    });
    app.delete<{ Params: P }>('/faults/:fid', async (req) => {
      faults.remove(Number(req.params.fid));
      return { ok: true };
    });
  };
}
