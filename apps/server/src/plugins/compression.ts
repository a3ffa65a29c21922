import zlib from 'node:zlib';
import fp from 'fastify-plugin';
import compress from '@fastify/compress';

/**
 * Answers above 1 kB go out compressed when the browser accepts it (brotli at a fast level, else gzip):
 * a page of the export grid or a preview is JSON that shrinks five- to tenfold. Static assets are
 * compressed at build time already (plugins/spa.ts); the server-sent import events write to the raw
 * socket after `hijack()` and are never buffered by this.
 */
export default fp(
  async (app) => {
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: ['br', 'gzip'],
      brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
      zlibOptions: { level: 6 },
    });
  },
  { name: 'compression' },
);
