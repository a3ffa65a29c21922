import fs from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { AppError } from '../errors';
import { errorBody } from './error-handler';

export interface SpaPluginOptions {
  /** The built SPA (apps/web/dist); when missing, only the API is served. */
  root: string | undefined;
}

/** Serves the SPA from the same origin as the API, with index.html for client-side routes. */
export default fp<SpaPluginOptions>(
  async (app, opts) => {
    const root = opts.root && fs.existsSync(path.join(opts.root, 'index.html')) ? opts.root : undefined;
    if (root) {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        index: false,
        maxAge: '1h',
        immutable: false,
        // apps/web's build writes .br and .gz copies of every text asset (build/precompress.ts).
        preCompressed: true,
      });
    }
    app.setNotFoundHandler((request, reply) => {
      const wantsPage =
        request.method === 'GET' &&
        !request.url.startsWith('/api/') &&
        !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
      if (root && wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
      return reply.status(404).send(errorBody(new AppError('NOT_FOUND')));
    });
  },
  { name: 'spa' },
);
