import fp from 'fastify-plugin';
import type { OpenStreams } from './customer-import.events';
import { storedRuns } from './customer-import.follow';
import { importRunsRepository } from './customer-import.repository';
import { customerImporter, type CustomerImporter } from './customer-import.service';

declare module 'fastify' {
  interface FastifyInstance {
    customerImport: CustomerImportApi;
  }
}

export interface CustomerImportApi {
  importer: CustomerImporter;
  /** Runs of other instances, followed through the database. */
  stored: ReturnType<typeof storedRuns>;
  /** The progress streams open on this instance; ended when the app closes. */
  streams: OpenStreams;
}

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * `app.customerImport`: the importer of this instance and its lifecycle. On close the open progress
 * streams end, and the page in flight may still commit (a slow billomat does not hold the shutdown
 * for long); the import lock in the database lets another instance take over what is left.
 */
export const customerImportPlugin = fp(
  async (app) => {
    const importer = customerImporter({ db: app.db, client: () => app.billomat.client(), log: app.log });
    const streams: OpenStreams = new Set();
    app.decorate('customerImport', { importer, stored: storedRuns(importRunsRepository(app.db)), streams });
    app.addHook('preClose', async () => {
      for (const end of [...streams]) end();
      const running = importer.current()?.finished;
      if (running)
        await Promise.race([running, new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref())]);
    });
  },
  { name: 'customer-import', dependencies: ['db', 'billomat'] },
);
