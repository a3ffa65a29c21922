import type { FastifyServerOptions } from 'fastify';

/** Paths pino replaces with "[redacted]": secrets must never reach a log line. */
export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-billomatapikey"]',
  'res.headers["set-cookie"]',
  'password',
  'apiKey',
  'body.password',
  'body.apiKey',
  '*.password',
  '*.apiKey',
  '*.api_key',
];

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  };
}
