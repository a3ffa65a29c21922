import fp from 'fastify-plugin';
import { exclusively } from '../../db/exclusive';
import { exportsService, type ExportsApi } from './exports.service';
import { previewTokenKey } from './preview/token';
import { createExportRuntime } from './protocol';

declare module 'fastify' {
  interface FastifyInstance {
    exports: ExportsApi;
  }
}

export interface ExportsPluginOptions {
  appSecret: string;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * `app.exports` and the reconciler sweep: once when the app is ready (in the background, so a slow
 * billomat does not hold up the start), then every minute, so an export left pending by a crashed
 * instance is settled without a restart; one sweep at a time across instances. Stopped on close.
 */
export const exportsPlugin = fp<ExportsPluginOptions>(
  async (app, opts) => {
    const rt = createExportRuntime(app.billomat.timeoutMs);
    const ctx = { db: app.db, billomat: app.billomat, log: app.log, rt };
    // Longer than one protocol run can take: POST, customfield and complete, each after at most one
    // timeout's wait for the rate-limit window (3 min at the default 30 s).
    const olderThanMs = 6 * app.billomat.timeoutMs;
    const api = exportsService(ctx, previewTokenKey(opts.appSecret));
    app.decorate('exports', api);

    // One sweep at a time across every instance on the database (a PostgreSQL advisory lock).
    const sweep = () =>
      void exclusively(app.db, app.dbDialect, 'plainstaff:reconciler', async () => {
        await api.reconcilePending({ olderThanMs });
      }).catch((err: unknown) => app.log.error({ err }, 'reconciler failed'));
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      sweep();
      timer = setInterval(sweep, SWEEP_EVERY_MS);
      timer.unref();
    });
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'exports', dependencies: ['db', 'billomat'] },
);
