import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './respond';

const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Never settles: the request stays open until the client gives up or `hangMs` destroys the socket. */
function hang(reply: FastifyReply, hangMs: number | undefined): Promise<never> {
  if (hangMs !== undefined) setTimeout(() => reply.raw.destroy(), hangMs).unref();
  return new Promise<never>(() => {});
}

/** preHandler: faults that strike before billomat would have committed anything. */
export async function faultsBeforeHandler(request: FastifyRequest, reply: FastifyReply) {
  const fault = request.sandbox?.fault;
  if (!fault) return;
  if (request.sandbox.log) request.sandbox.log.fault = fault.kind;
  if (fault.delayMs) await sleep(fault.delayMs);
  switch (fault.kind) {
    case 'status':
      if (fault.body !== undefined)
        return reply
          .code(fault.status ?? 500)
          .type('text/plain')
          .send(fault.body);
      return sendError(request, reply, fault.status ?? 500, 'Internal Server Error');
    case 'html502':
      return reply.code(502).type('text/html').send(HTML_502);
    case 'reset':
      reply.raw.destroy();
      return hang(reply, undefined);
    case 'hang-before':
      return hang(reply, fault.hangMs);
    default:
      return;
  }
}

/** onSend: rate-limit headers on every answer, faults after the write, and the final status in the log. */
export async function afterHandler(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const ctx = request.sandbox;
  if (ctx?.rate) {
    reply.header('X-Rate-Limit-Remaining', String(ctx.rate.remaining));
    reply.header('X-Rate-Limit-Reset', String(ctx.rate.resetSec));
  }
  const fault = ctx?.fault;
  if (fault?.kind === 'hang-after') return hang(reply, fault.hangMs);
  if (ctx?.log) ctx.log.status = reply.statusCode;
  if (fault?.kind === 'truncate' && typeof payload === 'string') {
    const cut = payload.slice(0, Math.floor(payload.length / 2));
    reply.header('content-length', String(Buffer.byteLength(cut)));
    return cut;
  }
  return payload;
}
