import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxState } from '../state/sandbox-state';
import type { FaultRegistry } from './faults';
import type { RateLimiter } from './rate-limit';
import { rateLimitMessage } from './rate-limit';
import type { RequestLog } from './request-log';
import { sendError } from './respond';

const HOST_RE = /^([^.:]+)\.(?:billomat\.net|localhost)(?::\d+)?$/i;

export interface GateDeps {
  state: SandboxState;
  limiter: RateLimiter;
  faults: FaultRegistry;
  log: RequestLog;
}

/** The account comes from the `/{id}/api` path prefix or the `{id}.billomat.net` host, like a sub-domain. */
export function billomatIdOf(request: FastifyRequest): string | null {
  if (request.raw.billomatIdFromPath) return request.raw.billomatIdFromPath;
  return HOST_RE.exec(request.headers.host ?? '')?.[1]?.toLowerCase() ?? null;
}

function apiKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-billomatapikey'];
  if (typeof header === 'string' && header) return header;
  const q = (request.query as Record<string, unknown>).api_key;
  return typeof q === 'string' ? q : undefined;
}

/** onRequest: log, resolve the account, authenticate, count against the rate limit, pick a fault. */
export function accountGate(deps: GateDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const id = billomatIdOf(request);
    const account = id ? (deps.state.account(id) ?? null) : null;
    const { api_key: _hidden, ...query } = request.query as Record<string, unknown>;
    const log = deps.log.add({
      method: request.method,
      path,
      query,
      account: account ? id : null,
      status: null,
      time: new Date(deps.state.now()).toISOString(),
    });
    request.sandbox = { account, rate: null, fault: null, log };
    if (!account) return sendError(request, reply, 404, `Unknown billomat account: ${id ?? '(none)'}`);
    request.sandbox.rate = deps.limiter.peek(account);
    if (apiKeyOf(request) !== account.config.apiKey) return sendError(request, reply, 401, 'Unauthorized');
    const rate = deps.limiter.take(account);
    request.sandbox.rate = rate;
    if (!rate.allowed) return sendError(request, reply, 429, rateLimitMessage(rate, deps.state.now()));
    request.sandbox.fault = deps.faults.take(request.method, path, id) ?? null;
  };
}
