import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../wire/envelope';
import type { WireObject } from '../wire/envelope';
import { toXml } from '../wire/xml';
import './context';

/** billomat answers XML unless the client asks for JSON by Accept header or `format=json`. */
export function wantsJson(request: FastifyRequest): boolean {
  const format = (request.query as Record<string, unknown> | undefined)?.format;
  if (format === 'json') return true;
  if (format === 'xml') return false;
  return (request.headers.accept ?? '').toLowerCase().includes('application/json');
}

export function sendWire(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: WireObject | null,
) {
  reply.code(status);
  if (body === null) return reply.type('text/plain; charset=utf-8').send('');
  if (wantsJson(request)) return reply.type('application/json; charset=utf-8').send(JSON.stringify(body));
  return reply.type('application/xml; charset=utf-8').send(toXml(body));
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  messages: string | string[],
) {
  return sendWire(request, reply, status, errorBody(messages));
}
