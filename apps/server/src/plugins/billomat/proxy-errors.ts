import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BillomatRateLimitError } from '@plainstaff/billomat';
import { errorForStatus } from '@plainstaff/billomat/http/map-error';
import { rateLimitMessage } from '@plainstaff/billomat/messages';
import { toBillomatAppError } from './errors';

/** What reply-from hands to onResponse at runtime (its typings say ServerResponse). */
export interface UpstreamResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  stream: Readable;
}

const MAX_ERROR_BODY = 64 * 1024;

async function readText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size <= MAX_ERROR_BODY) chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A billomat error answer through the proxy becomes our error shape (never a bare 401, which the SPA
 * would read as "session ended"), with the same German messages as the typed client.
 */
export async function proxyUpstreamError(
  request: FastifyRequest,
  reply: FastifyReply,
  res: UpstreamResponse,
  billomatId: string,
): Promise<void> {
  const text = await readText(res.stream).catch(() => '');
  for (const name of Object.keys(reply.getHeaders())) reply.removeHeader(name);
  const label = `GET ${request.url.split('?')[0] ?? ''}`;
  let error;
  if (res.statusCode === 429) {
    const reset = Number(res.headers['x-rate-limit-reset']);
    const resetAt =
      Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(Date.now() + 15 * 60_000);
    error = new BillomatRateLimitError(resetAt, {
      status: 429,
      request: label,
      userMessage: rateLimitMessage(resetAt),
    });
  } else {
    error = errorForStatus(res.statusCode, text, {
      request: label,
      write: false,
      accountLevel: true,
      billomatId,
    });
  }
  reply.send(toBillomatAppError(error));
}
