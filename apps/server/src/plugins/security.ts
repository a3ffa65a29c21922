import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import { AppError } from '../errors';

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence without tokens: a mutating request must come from our own origin (Origin header, or
 * Sec-Fetch-Site for browsers that omit Origin) and carry JSON. A cross-site HTML form can do neither
 * (JSON needs a CORS preflight we never grant), and SameSite=Lax keeps the cookie off cross-site POSTs.
 */
export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Mantine injects CSS variables in <style> tags.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      hsts: false,
    });

    app.addHook('onRequest', async (request) => {
      if (!mutating.has(request.method) || !request.url.startsWith('/api/')) return;
      const origin = request.headers.origin;
      const expected = `${request.protocol}://${request.host}`;
      if (origin !== undefined) {
        if (origin !== expected) throw new AppError('CSRF_REJECTED');
      } else if (request.headers['sec-fetch-site'] === 'cross-site') {
        throw new AppError('CSRF_REJECTED');
      }
      const hasBody =
        request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0'
          ? true
          : request.headers['transfer-encoding'] !== undefined;
      const type = request.headers['content-type'] ?? '';
      if (hasBody && !/^application\/json\b/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    });
  },
  { name: 'security' },
);
