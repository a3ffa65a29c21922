import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import httpProxy from '@fastify/http-proxy';
import { AppError } from '../../errors';
import { proxyUpstreamError, type UpstreamResponse } from './proxy-errors';

/** The read-only billomat look-ups the UI may make; exact paths, nothing below them. */
export const PROXY_ALLOWLIST: ReadonlySet<string> = new Set([
  'templates',
  'taxes',
  'units',
  'clients/myself',
]);
const QUERY_ALLOWLIST = new Set(['type', 'template_type', 'is_default', 'name', 'page', 'per_page']);

interface Target {
  origin: string;
  basePath: string;
  apiKey: string;
  billomatId: string;
}
const targets = new WeakMap<FastifyRequest, Target>();

function targetOf(request: FastifyRequest): Target {
  const target = targets.get(request);
  if (!target) throw new AppError('INTERNAL');
  return target;
}

/** Only allowlisted query parameters reach billomat: no `api_key`, no `format`/`jsonp`. */
function safeQuery(reqUrl: string): string {
  const index = reqUrl.indexOf('?');
  if (index < 0) return '';
  const out = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(reqUrl.slice(index + 1))) {
    if (QUERY_ALLOWLIST.has(k) && v.length <= 100) out.append(k, v);
  }
  return out.toString();
}

/** A fresh header set: the client's cookie, authorization or key headers never reach billomat. */
function upstreamHeaders(request: FastifyRequest, headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return {
    host: headers.host,
    accept: 'application/json',
    'accept-language': 'de-de',
    'user-agent': 'PlainStaff',
    'x-billomatapikey': targetOf(request).apiKey,
  };
}

/**
 * `@fastify/http-proxy` in its own encapsulated scope: admin session checked by the auth plugin's
 * default-deny hook (route config), method and path allowlisted here, the upstream host taken only from
 * config + the saved (validated) billomat ID, the key injected server-side.
 */
export const billomatProxy: FastifyPluginAsync = async (scope) => {
  const prefix = '/api/billomat-proxy/';

  async function authorize(request: FastifyRequest): Promise<void> {
    if (request.method !== 'GET') throw new AppError('BILLOMAT_PROXY_METHOD_NOT_ALLOWED');
    const path = request.url.slice(prefix.length).split('?')[0] ?? '';
    // The raw path must equal an allowlist entry: `..`, `%2F`, `//`, absolute URLs cannot match.
    if (!request.url.startsWith(prefix) || !PROXY_ALLOWLIST.has(path)) {
      throw new AppError('BILLOMAT_PROXY_PATH_FORBIDDEN');
    }
    const settings = await scope.billomat.getSettings();
    if (!settings) throw new AppError('BILLOMAT_NOT_CONNECTED');
    const base = new URL(scope.billomat.baseUrlFor(settings.billomatId));
    targets.set(request, {
      origin: base.origin,
      basePath: base.pathname.replace(/\/+$/, ''),
      apiKey: settings.apiKey,
      billomatId: settings.billomatId,
    });
  }

  await scope.register(httpProxy, {
    // No fixed upstream: getUpstream picks it per request from config + the saved billomat ID.
    upstream: '',
    rewritePrefix: '/api',
    config: { roles: ['admin'] },
    // Async hook: fastify awaits the promise, a thrown AppError goes to the one error handler.
    preHandler: (request, _reply, done) => {
      authorize(request).then(() => done(), done);
    },
    handler: (request, reply: FastifyReply, dest, options) => {
      const target = targetOf(request);
      return reply.from(`${target.basePath}${dest}`, {
        ...options,
        getUpstream: () => target.origin,
        queryString: (_search, reqUrl) => safeQuery(reqUrl),
      });
    },
    replyOptions: {
      getUpstream: (request) => targetOf(request as FastifyRequest).origin,
      rewriteRequestHeaders: (request, headers) => upstreamHeaders(request as FastifyRequest, headers),
      rewriteHeaders: (headers) => {
        const { 'set-cookie': _cookie, ...rest } = headers;
        return rest;
      },
      onResponse: (request, reply, res) => {
        const status = res.statusCode;
        if (status < 400) return void reply.send(res.stream);
        void proxyUpstreamError(
          request as FastifyRequest,
          reply as FastifyReply,
          res as unknown as UpstreamResponse,
          targetOf(request as FastifyRequest).billomatId,
        );
      },
      onError: (reply) => {
        void reply.code(502).send(new AppError('BILLOMAT_UNAVAILABLE'));
      },
    },
  });
};
